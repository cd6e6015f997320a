import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import type { ImportedAsset } from '../importers/review-draft.ts';
import type { Note } from '../model/note.ts';
import { OffprintError } from '../model/offprint-error.ts';
import { type Reference, type Review, ReviewSchema, type ReviewSummary } from '../model/review.ts';
import { type Settings, SettingsSchema } from '../model/settings.ts';
import { type IndexData, looksLikeIndex, NotesFileSchema, schemaVersion, versionOf } from './archive-format.ts';
import { type ArchiveLock, acquireArchiveLock } from './archive-lock.ts';
import { removeAssets, writeAssets } from './asset-store.ts';
import { backUpBeforeMigration, backUpIndex, readBackup } from './backups.ts';
import { describeDamage, moveAside } from './damaged-file.ts';
import { DurableJsonFile, removeStaleTempFiles, syncFolder, tempFolderName, writeFileDurably } from './durable-file.ts';
import { scanReviewFiles } from './index-rebuild.ts';
import { canMigrate, migrateIndex } from './migrations.ts';
import { RelatedRows, type ReviewIdentity } from './related-rows.ts';
import { ReviewStates } from './review-states.ts';
import { summaryOf } from './review-summary.ts';
import { parseJsonOrUndefined } from './safe-json.ts';

export { schemaVersion } from './archive-format.ts';

/** How many review files of a batch are written at once. */
const batchWriters = 8;

/** How an archive is opened: for writing (the default, with the single-writer lock) or only for reading. */
export interface OpenOptions {
  readOnly?: boolean;
  wait?: boolean;
  onWait?: (pid: number) => void;
}

/**
 * The archive folder: `offprint.json` (the index), `settings.json`, `review-states.json`, `reviews/<id>.json`,
 * `notes/<id>.json`, `trash/`, `backups/`. Every write is durable; a damaged file is moved aside and what it held
 * is recovered.
 */
export class Archive {
  readonly dir: string;
  /** What happened that the reader should know: files recovered, migrations run. */
  readonly notices: string[] = [];
  /** What the reader has done with each review: note and highlight counts, reading position, read or not. */
  readonly states: ReviewStates;
  readonly #index: Low<IndexData>;
  readonly #settings: Low<Settings>;
  readonly #lock: ArchiveLock | null;
  readonly #queues = new Map<string, Promise<unknown>>();
  #rowsById: Map<string, ReviewSummary> | null = null;
  #related: RelatedRows<ReviewSummary> | null = null;
  #noticeListener: ((notice: string) => void) | null = null;
  #readOnlyReason: string | null;

  private constructor(dir: string, lock: ArchiveLock | null, readOnlyReason: string | null) {
    this.dir = dir;
    this.#lock = lock;
    this.#readOnlyReason = readOnlyReason;
    const tempDir = path.join(dir, tempFolderName);
    this.#index = new Low(new DurableJsonFile<IndexData>(path.join(dir, 'offprint.json'), { tempDir }), {
      schemaVersion,
      reviews: [],
      sampleAdded: false,
    });
    this.#settings = new Low(
      new DurableJsonFile<Settings>(path.join(dir, 'settings.json'), { tempDir }),
      SettingsSchema.parse({}),
    );
    this.states = new ReviewStates({
      dir,
      readOnlyReason: () => this.#readOnlyReason,
      readNotes: (reviewId) => this.readNotes(reviewId),
      notify: (notice) => this.#notify(notice),
    });
  }

  /** Opens the archive at `dir`: takes the lock, migrates an older format, recovers damaged files. */
  static async open(dir: string, options: OpenOptions = {}): Promise<Archive> {
    const absolute = path.resolve(dir);
    if (options.readOnly) {
      const archive = new Archive(absolute, null, 'The archive was opened for reading only.');
      await archive.#load();
      return archive;
    }
    for (const folder of ['reviews', 'notes', 'trash', 'backups', tempFolderName]) {
      await mkdir(path.join(absolute, folder), { recursive: true });
    }
    const lock = await acquireArchiveLock(absolute, options);
    try {
      await removeStaleTempFiles(path.join(absolute, tempFolderName));
      const archive = new Archive(absolute, lock, null);
      return await archive.#load();
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /** Why nothing can be changed, when the archive is open read-only; null when it is writable. */
  get readOnlyReason(): string | null {
    return this.#readOnlyReason;
  }

  /** Waits for every write under way, then lets go of the lock. */
  async close(): Promise<void> {
    await Promise.all([...this.#queues.values()]);
    await this.states.settle();
    await this.#lock?.release();
  }

  /** Calls `listener` with each notice raised after opening. */
  onNotice(listener: (notice: string) => void): void {
    this.#noticeListener = listener;
  }

  /** Every review's summary row, newest import first. */
  listReviews(): ReviewSummary[] {
    return [...this.#index.data.reviews].reverse();
  }

  /** The summary row of one review, if it is in the archive. */
  findReview(id: string): ReviewSummary | undefined {
    return this.#rows().get(id);
  }

  /** Whether a review with this id is in the archive. */
  hasReview(id: string): boolean {
    return this.#rows().has(id);
  }

  /** The whole review with this id; a damaged file is moved aside and the review leaves the list. */
  async getReview(id: string): Promise<Review> {
    const row = this.#rows().get(id);
    if (!row) throw new OffprintError('not-found', `There is no review with id "${id}" in this archive.`);
    const name = path.join('reviews', `${id}.json`);
    const read = await this.#readChecked(name, ReviewSchema);
    if (read.ok) return read.value;
    if (read.missing) {
      throw new OffprintError(
        'damaged',
        `The file ${name} is missing from the archive at ${this.dir}; run "offprint check --repair".`,
      );
    }
    if (this.readOnlyReason) throw new OffprintError('damaged', `The file ${name} is damaged (${read.problem}).`);
    const aside = await moveAside(path.join(this.dir, name));
    await this.#changeIndex((data) => {
      data.reviews = data.reviews.filter((candidate) => candidate.id !== id);
    });
    const message = `The review "${row.title}" could not be read (${read.problem}); its file was moved aside as reviews/${aside} and the review left the library. Import it again to read it.`;
    this.#notify(message);
    throw new OffprintError('damaged', message);
  }

  /** Adds a review: its own file first, then its row in the index. */
  async addReview(review: Review): Promise<void> {
    this.#requireWritable();
    const checked = ReviewSchema.parse(review);
    const name = path.join('reviews', `${checked.id}.json`);
    await this.#serialize(name, () => this.#writeJson(name, checked));
    await this.#changeIndex((data) => {
      data.reviews.push(summaryOf(checked));
    });
  }

  /**
   * Adds a batch of reviews: each one's images and file first (a few at a time), then ONE index write for all
   * that landed. A review whose files cannot be written is left out with nothing of it on disk; when the index
   * cannot be written, no review of the batch stays.
   */
  async addReviews(
    reviews: readonly Review[],
    assetsById: ReadonlyMap<string, readonly ImportedAsset[]>,
  ): Promise<{ added: ReviewSummary[]; failed: Array<{ id: string; reason: string }> }> {
    this.#requireWritable();
    const landed: Review[] = [];
    const failed: Array<{ id: string; reason: string }> = [];
    let next = 0;
    const worker = async () => {
      while (next < reviews.length) {
        const review = reviews[next++] as Review;
        try {
          await this.#writeReviewFiles(review, assetsById.get(review.id) ?? []);
          landed.push(review);
        } catch (error) {
          failed.push({ id: review.id, reason: error instanceof Error ? error.message : String(error) });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(batchWriters, reviews.length) }, worker));
    const order = new Map(reviews.map((review, position) => [review.id, position]));
    landed.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    const rows = landed.map(summaryOf);
    if (rows.length === 0) return { added: [], failed };
    try {
      await this.#appendRows(rows);
    } catch (error) {
      await Promise.all(landed.map((review) => this.#removeReviewFiles(review.id)));
      throw error;
    }
    return { added: rows, failed };
  }

  /** Rows that may hold the same content as `probe` or an earlier version of it (see RelatedRows), oldest first. */
  findRelatedRows(probe: Omit<ReviewIdentity, 'id'> & { contentHash: string }): ReviewSummary[] {
    this.#related ??= new RelatedRows(this.#index.data.reviews);
    return this.#related.find(probe);
  }

  /** Replaces a review's tags, in its file and its row. */
  async setTags(id: string, tags: string[]): Promise<ReviewSummary> {
    this.#requireWritable();
    const review = await this.getReview(id);
    const updated = { ...review, tags: [...new Set(tags)] };
    const name = path.join('reviews', `${id}.json`);
    await this.#serialize(name, () => this.#writeJson(name, updated));
    const row = summaryOf(updated);
    await this.#changeIndex((data) => {
      data.reviews = data.reviews.map((candidate) => (candidate.id === id ? row : candidate));
    });
    return row;
  }

  /** Moves a review to `trash/` (its notes stay); `restoreFromTrash` brings it back. */
  async moveToTrash(id: string): Promise<ReviewSummary> {
    this.#requireWritable();
    const row = this.#rows().get(id);
    if (!row) throw new OffprintError('not-found', `There is no review with id "${id}" in this archive.`);
    await this.#serialize(path.join('reviews', `${id}.json`), async () => {
      await rename(path.join(this.dir, 'reviews', `${id}.json`), path.join(this.dir, 'trash', `${id}.json`));
      await syncFolder(path.join(this.dir, 'trash'));
      await syncFolder(path.join(this.dir, 'reviews'));
    });
    await this.#changeIndex((data) => {
      data.reviews = data.reviews.filter((candidate) => candidate.id !== id);
    });
    return row;
  }

  /** Brings a review back from `trash/`. */
  async restoreFromTrash(id: string): Promise<ReviewSummary> {
    this.#requireWritable();
    if (this.#rows().has(id)) throw new OffprintError('conflict', `The review "${id}" is already in the library.`);
    const name = path.join('trash', `${id}.json`);
    const read = await this.#readChecked(name, ReviewSchema);
    if (!read.ok) {
      throw new OffprintError(
        'not-found',
        read.missing ? `There is no review with id "${id}" in the trash.` : `${name} is damaged (${read.problem}).`,
      );
    }
    await rename(path.join(this.dir, name), path.join(this.dir, 'reviews', `${id}.json`));
    await syncFolder(path.join(this.dir, 'reviews'));
    await syncFolder(path.join(this.dir, 'trash'));
    const row = summaryOf(read.value);
    await this.#changeIndex((data) => {
      data.reviews.push(row);
    });
    return row;
  }

  /** The reviews in the trash. */
  async listTrash(): Promise<ReviewSummary[]> {
    const scan = await scanReviewFiles(path.join(this.dir, 'trash'));
    return scan.rows;
  }

  /**
   * Only the title and outlet of each of a review's references, read without the full check: for indexes
   * built over the whole archive. Null when the file is missing or damaged (opening the review deals with that).
   */
  async readReferences(id: string): Promise<Pick<Reference, 'container' | 'title'>[] | null> {
    const text = await readFile(path.join(this.dir, 'reviews', `${id}.json`), 'utf8').catch(() => null);
    const raw = text === null ? undefined : parseJsonOrUndefined(text);
    const references = (raw as { references?: unknown } | undefined)?.references;
    if (!Array.isArray(references)) return null;
    return references.map((entry: { container?: unknown; title?: unknown } | null) => ({
      container: typeof entry?.container === 'string' ? entry.container : undefined,
      title: typeof entry?.title === 'string' ? entry.title : undefined,
    }));
  }

  /** The notes on one review, oldest first; a damaged notes file is replaced by its previous version. */
  async readNotes(reviewId: string): Promise<Note[]> {
    const name = path.join('notes', `${reviewId}.json`);
    const read = await this.#readChecked(name, NotesFileSchema);
    if (read.ok) return read.value.notes;
    if (read.missing) return [];
    if (this.readOnlyReason) throw new OffprintError('damaged', `The file ${name} is damaged (${read.problem}).`);
    return this.#serialize(name, () => this.#notesInQueue(reviewId));
  }

  /** Changes the notes of one review; calls for the same review run one after another. */
  updateNotes<T>(reviewId: string, change: (notes: Note[]) => { notes: Note[]; result: T }): Promise<T> {
    this.#requireWritable();
    const name = path.join('notes', `${reviewId}.json`);
    return this.#serialize(name, async () => {
      const { notes, result } = change(await this.#notesInQueue(reviewId));
      await this.#writeJson(name, { notes }, true);
      return result;
    });
  }

  /** The reader's settings. */
  get settings(): Settings {
    return this.#settings.data;
  }

  /** Whether the sample review was ever added (so it is not added again after the reader removes it). */
  get sampleAdded(): boolean {
    return this.#index.data.sampleAdded;
  }

  /** Merges a change into the settings and saves them (in their own small file). */
  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    this.#requireWritable();
    return this.#serialize('settings.json', async () => {
      this.#settings.data = SettingsSchema.parse({ ...this.#settings.data, ...patch });
      await this.#settings.write();
      return this.#settings.data;
    });
  }

  /** Records that the sample review has been added. */
  async markSampleAdded(): Promise<void> {
    await this.#changeIndex((data) => {
      data.sampleAdded = true;
    });
  }

  /** Replaces the index with a backup, then adds rows for review files the backup does not know. */
  async restoreBackup(name: string): Promise<{ restored: number; added: number; dropped: number }> {
    this.#requireWritable();
    const backup = await readBackup(this.dir, name);
    const scan = await scanReviewFiles(path.join(this.dir, 'reviews'));
    const onDisk = new Map(scan.rows.map((row) => [row.id, row]));
    const kept = backup.reviews.filter((row) => onDisk.has(row.id));
    const known = new Set(kept.map((row) => row.id));
    const added = scan.rows.filter((row) => !known.has(row.id));
    await this.#changeIndex((data) => {
      data.reviews = [...kept.map((row) => onDisk.get(row.id) ?? row), ...added];
      data.sampleAdded = backup.sampleAdded;
    });
    return { restored: kept.length, added: added.length, dropped: backup.reviews.length - kept.length };
  }

  async #load(): Promise<this> {
    const file = path.join(this.dir, 'offprint.json');
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    await (text === null ? this.#startIndex() : this.#loadIndex(file, text));
    this.#forgetRows();
    await this.#loadSettings();
    return this;
  }

  async #loadIndex(file: string, text: string): Promise<void> {
    const raw = parseJsonOrUndefined(text);
    const version = versionOf(raw);
    if (looksLikeIndex(raw)) {
      this.#index.data = raw;
      return;
    }
    if (version !== undefined && version > schemaVersion) {
      this.#openNewer(raw, version);
      return;
    }
    if (this.readOnlyReason) {
      throw new OffprintError(
        'unsupported',
        version !== undefined && canMigrate(version)
          ? `The archive at ${this.dir} uses an older format (schema version ${version}); open it in Offprint once to update it.`
          : `The file offprint.json in the archive at ${this.dir} is damaged; run "offprint check --repair".`,
      );
    }
    if (version !== undefined && canMigrate(version) && (await this.#migrate(text, raw, version))) return;
    const problem = raw === undefined ? describeDamage(text, undefined) : 'it does not have the expected shape';
    await this.#rebuildIndex(`offprint.json was damaged (${problem})`, file);
  }

  async #startIndex(): Promise<void> {
    const scan = await scanReviewFiles(path.join(this.dir, 'reviews'));
    if (scan.rows.length === 0 && scan.damaged.length === 0) {
      if (!this.readOnlyReason) await this.#index.write();
      return;
    }
    if (this.readOnlyReason) {
      this.#index.data = { schemaVersion, reviews: scan.rows, sampleAdded: true };
      return;
    }
    await this.#rebuildIndex('offprint.json was missing', null);
  }

  async #rebuildIndex(why: string, damagedFile: string | null): Promise<void> {
    const aside = damagedFile ? await moveAside(damagedFile) : null;
    const scan = await scanReviewFiles(path.join(this.dir, 'reviews'));
    const movedReviews: string[] = [];
    for (const name of scan.damaged) movedReviews.push(await moveAside(path.join(this.dir, 'reviews', name)));
    this.#index.data = { schemaVersion, reviews: scan.rows, sampleAdded: true };
    await this.#index.write();
    const keptAs = aside ? `; the damaged file was kept as ${aside}` : '';
    const lost = movedReviews.length
      ? ` ${movedReviews.length} damaged review file(s) were moved aside in reviews/ (${movedReviews.join(', ')}).`
      : '';
    this.notices.push(`The library index was rebuilt from ${scan.rows.length} review file(s): ${why}${keptAs}.${lost}`);
  }

  #openNewer(raw: unknown, version: number): void {
    const reason = `This archive was written by a newer Offprint (schema version ${version}; this one understands ${schemaVersion}). It is open for reading only; update Offprint to change it.`;
    this.#readOnlyReason = reason;
    const rows = (raw as { reviews?: unknown }).reviews;
    const candidate = { schemaVersion, reviews: rows, sampleAdded: true };
    this.#index.data = looksLikeIndex(candidate) ? candidate : { schemaVersion, reviews: [], sampleAdded: true };
    this.notices.push(reason);
  }

  /** Migrates an older index after backing it up; false when it does not have its version's shape. */
  async #migrate(text: string, raw: unknown, version: number): Promise<boolean> {
    const migrated = await migrateIndex(this.dir, raw, version);
    if (!migrated) return false;
    const backup = await backUpBeforeMigration(this.dir, text, version);
    if (migrated.settings) {
      this.#settings.data = migrated.settings;
      await this.#settings.write();
    }
    this.#index.data = migrated.index;
    await this.#index.write();
    this.notices.push(
      `The archive was updated from schema version ${version} to ${schemaVersion}; a copy of the old index was kept as backups/${backup}.`,
    );
    return true;
  }

  async #loadSettings(): Promise<void> {
    const read = await this.#readChecked('settings.json', SettingsSchema);
    if (read.ok) {
      this.#settings.data = read.value;
      return;
    }
    if (read.missing || this.readOnlyReason) return;
    const aside = await moveAside(path.join(this.dir, 'settings.json'));
    await this.#settings.write();
    this.notices.push(
      `Your settings could not be read (${read.problem}) and were reset; the damaged file was kept as ${aside}.`,
    );
  }

  /** The notes of a review, recovering a damaged file; runs only inside the review's notes queue. */
  async #notesInQueue(reviewId: string): Promise<Note[]> {
    const name = path.join('notes', `${reviewId}.json`);
    const read = await this.#readChecked(name, NotesFileSchema);
    if (read.ok) return read.value.notes;
    if (read.missing) return [];
    return this.#recoverNotes(reviewId, name, read.problem);
  }

  async #recoverNotes(reviewId: string, name: string, problem: string): Promise<Note[]> {
    const file = path.join(this.dir, name);
    const title = this.#rows().get(reviewId)?.title ?? reviewId;
    const previous = await this.#readChecked(`${name}.prev`, NotesFileSchema);
    const aside = await moveAside(file);
    const notes = previous.ok ? previous.value.notes : [];
    if (previous.ok) await this.#writeJson(name, { notes }, true);
    this.#notify(
      previous.ok
        ? `Your notes on "${title}" were damaged (${problem}); the version saved before the last change was recovered. The damaged file was kept as notes/${aside}.`
        : `Your notes on "${title}" were damaged (${problem}) and no earlier version exists; the damaged file was kept as notes/${aside}.`,
    );
    return notes;
  }

  async #readChecked<T>(
    name: string,
    schema: z.ZodType<T>,
  ): Promise<{ ok: true; value: T } | { ok: false; missing: boolean; problem: string }> {
    let text: string;
    try {
      text = await readFile(path.join(this.dir, name), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, missing: true, problem: 'missing' };
      throw error;
    }
    const raw = parseJsonOrUndefined(text);
    if (raw === undefined) return { ok: false, missing: false, problem: describeDamage(text, undefined) };
    const parsed = schema.safeParse(raw);
    if (parsed.success) return { ok: true, value: parsed.data };
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.map(String).join('.')}: ` : '';
    return { ok: false, missing: false, problem: `it does not have the expected shape (${where}${issue?.message})` };
  }

  /** Rows by id, built on first use so the first page of the library does not wait for it. */
  #rows(): Map<string, ReviewSummary> {
    this.#rowsById ??= new Map(this.#index.data.reviews.map((row) => [row.id, row]));
    return this.#rowsById;
  }

  /** Drops the rows-by-id map after the index changed; the next lookup rebuilds it. */
  #forgetRows(): void {
    this.#rowsById = null;
    this.#related = null;
  }

  async #writeReviewFiles(review: Review, assets: readonly ImportedAsset[]): Promise<void> {
    const parsed = ReviewSchema.safeParse(review);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.map(String).join('.')}: ` : '';
      throw new OffprintError('invalid-input', `it does not make a valid review (${where}${issue?.message}).`);
    }
    const name = path.join('reviews', `${review.id}.json`);
    try {
      await writeAssets(this.dir, review.id, assets);
      await this.#serialize(name, () => this.#writeJson(name, parsed.data));
    } catch (error) {
      await this.#removeReviewFiles(review.id);
      throw error;
    }
  }

  /** Takes back what a failed add wrote; best effort, so the reason it failed is what gets reported. */
  async #removeReviewFiles(id: string): Promise<void> {
    await rm(path.join(this.dir, 'reviews', `${id}.json`), { force: true }).catch(() => undefined);
    await removeAssets(this.dir, id).catch(() => undefined);
  }

  /** Appends rows with one index write; when it fails, the index in memory is as it was before. */
  #appendRows(rows: readonly ReviewSummary[]): Promise<void> {
    this.#requireWritable();
    return this.#serialize('offprint.json', async () => {
      const before = this.#index.data.reviews;
      this.#index.data.reviews = [...before, ...rows];
      this.#forgetRows();
      try {
        await this.#index.write();
      } catch (error) {
        this.#index.data.reviews = before;
        this.#forgetRows();
        throw error;
      }
      await backUpIndex(this.dir, JSON.stringify(this.#index.data)).catch((error: unknown) => {
        this.#notify(`A backup of the library index could not be written (${(error as Error).message}).`);
      });
    });
  }

  #changeIndex(change: (data: IndexData) => void): Promise<void> {
    this.#requireWritable();
    return this.#serialize('offprint.json', async () => {
      change(this.#index.data);
      this.#forgetRows();
      await this.#index.write();
      await backUpIndex(this.dir, JSON.stringify(this.#index.data)).catch((error: unknown) => {
        this.#notify(`A backup of the library index could not be written (${(error as Error).message}).`);
      });
    });
  }

  #requireWritable(): void {
    if (this.readOnlyReason) throw new OffprintError('read-only', this.readOnlyReason);
  }

  #notify(notice: string): void {
    this.notices.push(notice);
    this.#noticeListener?.(notice);
  }

  /** Runs `run` after every earlier task on `key`; a key's queue is forgotten once it is empty. */
  #serialize<T>(key: string, run: () => Promise<T>): Promise<T> {
    const previous = this.#queues.get(key) ?? Promise.resolve();
    const next = previous.then(run, run);
    const tail = next.then(
      () => undefined,
      () => undefined,
    );
    this.#queues.set(key, tail);
    void tail.then(() => {
      if (this.#queues.get(key) === tail) this.#queues.delete(key);
    });
    return next;
  }

  #writeJson(name: string, value: unknown, keepPrevious = false): Promise<void> {
    return writeFileDurably(path.join(this.dir, name), JSON.stringify(value), {
      tempDir: path.join(this.dir, tempFolderName),
      keepPrevious,
    });
  }
}
