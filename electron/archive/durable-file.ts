import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readdir, readFile, rename, rm, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import { messageOf } from '../common/messages.ts';
import { Sequencer } from '../common/sequencer.ts';
import { OffprintError } from '../model/offprint-error.ts';
import { previousVersionOf } from './archive-layout.ts';

/**
 * Writes `data` to `file` so that a crash leaves either the old or the new content, never a mix: a temp file in
 * the archive's `.tmp/` folder is written and fsynced, renamed over `file`, and the folder is fsynced. With
 * `keepPrevious`, the replaced content stays readable as `<file>.prev`.
 */
export async function writeFileDurably(
  file: string,
  data: string | Uint8Array,
  options: { tempDir?: string; keepPrevious?: boolean } = {},
): Promise<void> {
  const folder = path.dirname(file);
  const tempDir = options.tempDir ?? folder;
  const temp = path.join(tempDir, `${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await syncFile(temp, 'wx', data);
    if (options.keepPrevious) await keepPreviousVersion(file);
    await rename(temp, file);
    await syncFolder(folder);
  } catch (error) {
    await rm(temp, { force: true });
    throw describeWriteError(error, file);
  }
}

/** Opens `file` with `flags` (`wx` creates it, `r+` keeps it), writes `data` when given, then fsyncs and closes it. */
export async function syncFile(file: string, flags: string, data?: string | Uint8Array): Promise<void> {
  const handle = await open(file, flags);
  try {
    if (data !== undefined) await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flushes a folder's entries (a rename or a new file) to disk; a no-op where folders cannot be opened. */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  await syncFile(folder, 'r');
}

async function keepPreviousVersion(file: string): Promise<void> {
  const previous = previousVersionOf(file);
  await rm(previous, { force: true });
  await link(file, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

/** Removes temp files a crashed writer left in `tempDir`; returns how many there were. */
export async function removeStaleTempFiles(tempDir: string): Promise<number> {
  await mkdir(tempDir, { recursive: true });
  const stale = (await readdir(tempDir)).filter((name) => name.endsWith('.tmp'));
  await Promise.all(stale.map((name) => unlink(path.join(tempDir, name)).catch(() => undefined)));
  return stale.length;
}

/** A lowdb adapter over one JSON file: durable writes, queued so they land one after another in call order. */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly file: string;
  readonly #options: { tempDir?: string; keepPrevious?: boolean };
  readonly #writes = new Sequencer();

  constructor(file: string, options: { tempDir?: string; keepPrevious?: boolean } = {}) {
    this.file = file;
    this.#options = options;
  }

  /** The parsed content, or null when the file does not exist; a file that does not parse throws SyntaxError. */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return JSON.parse(text) as T;
  }

  /** Resolves once `data` is on disk, after every earlier write to this file. */
  write(data: T): Promise<void> {
    const text = JSON.stringify(data);
    return this.#writes.queue(() => writeFileDurably(this.file, text, this.#options));
  }
}

/** Turns a failed write into one line a reader can act on; the file's previous content is always unchanged. */
export function describeWriteError(error: unknown, file: string): Error {
  if (error instanceof OffprintError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const name = path.basename(file);
  const kept = 'The previous version is unchanged.';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new OffprintError(
        'io',
        `Could not save ${name}: the disk is full. Free some space and try again. ${kept}`,
      );
    case 'EROFS':
      return new OffprintError(
        'read-only',
        `Could not save ${name}: the archive folder ${path.dirname(file)} is on a read-only disk. ${kept}`,
      );
    case 'EACCES':
    case 'EPERM':
      return new OffprintError(
        'io',
        `Could not save ${name}: Offprint may not write to ${path.dirname(file)}. Check the folder's permissions. ${kept}`,
      );
    default:
      return new OffprintError('io', `Could not save ${name} (${messageOf(error)}). ${kept}`);
  }
}
