import { Low } from 'lowdb';
import { type Settings, SettingsSchema } from '../model/settings.ts';
import { settingsFile, tempFolder } from './archive-layout.ts';
import { moveAside, readChecked } from './damaged-file.ts';
import { DurableJsonFile } from './durable-file.ts';

/** `settings.json`: the reader's settings, in a small file of their own; a damaged file is reset to the defaults. */
export class SettingsFile {
  readonly #dir: string;
  readonly #file: Low<Settings>;

  constructor(dir: string) {
    this.#dir = dir;
    this.#file = new Low(
      new DurableJsonFile<Settings>(settingsFile(dir), { tempDir: tempFolder(dir) }),
      SettingsSchema.parse({}),
    );
  }

  /** The settings as they are now. */
  get data(): Settings {
    return this.#file.data;
  }

  /** Reads the file; a damaged one is moved aside (when writable) and answered with a notice, else null. */
  async load(writable: boolean): Promise<string | null> {
    const read = await readChecked(settingsFile(this.#dir), SettingsSchema);
    if (read.ok) {
      this.#file.data = read.value;
      return null;
    }
    if (read.missing || !writable) return null;
    const aside = await moveAside(settingsFile(this.#dir));
    await this.#file.write();
    return `Your settings could not be read (${read.problem}) and were reset; the damaged file was kept as ${aside}.`;
  }

  /** Replaces the settings and saves them. */
  async replace(settings: Settings): Promise<Settings> {
    this.#file.data = settings;
    await this.#file.write();
    return this.#file.data;
  }

  /** Merges a change into the settings and saves them. */
  update(patch: Partial<Settings>): Promise<Settings> {
    return this.replace(SettingsSchema.parse({ ...this.#file.data, ...patch }));
  }
}
