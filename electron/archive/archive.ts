import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { KeyedSequencer } from '../common/sequencer.ts';
import type { Note } from '../model/note.ts';
import type { Reference, Review, ReviewSummary } from '../model/review.ts';
import type { ReviewState } from '../model/review-state.ts';
import type { Settings } from '../model/settings.ts';
import { type ArchiveContext, requireWritable } from './archive-context.ts';
import { ArchiveIndex } from './archive-index.ts';
import { archiveFolderNames, settingsFile, tempFolder } from './archive-layout.ts';
import { type ArchiveLock, acquireArchiveLock } from './archive-lock.ts';
import type { StoredAsset } from './asset-store.ts';
import { removeStaleTempFiles } from './durable-file.ts';
import { NotesFiles } from './notes-files.ts';
import type { ReviewIdentity } from './related-rows.ts';
import { type AddedReviews, ReviewFiles } from './review-files.ts';
import type { ReviewStates } from './review-states.ts';
import { SettingsFile } from './settings-file.ts';

export { schemaVersion } from './archive-format.ts';

/** How an archive is opened: for writing (the default, with the single-writer lock) or only for reading. */
export interface OpenOptions {
  readOnly?: boolean;
  wait?: boolean;
  onWait?: (pid: number) => void;
}

/**
 * The archive folder (see archive-layout.ts): the index, review files and the trash, notes, settings and review
 * states, each kept by its own part. This is the door to them: it opens the folder under its single-writer lock,
 * gathers the notices, and closes once every write under way has landed. Every write is durable; a damaged file
 * is moved aside and what it held is recovered.
 */
export class Archive {
  readonly dir: string;
  /** What happened that the reader should know: files recovered, migrations run. */
  readonly notices: string[] = [];
  /** What the reader has done with each review: note and highlight counts, reading position, read or not. */
  readonly states: ReviewStates;
  readonly #lock: ArchiveLock | null;
  readonly #writes = new KeyedSequencer();
  readonly #context: ArchiveContext;
  readonly #index: ArchiveIndex;
  readonly #reviews: ReviewFiles;
  readonly #notes: NotesFiles;
  readonly #settings: SettingsFile;
  #noticeListener: ((notice: string) => void) | null = null;
  #stateListener: ((state: ReviewState) => void) | null = null;
  #readOnlyReason: string | null;

  private constructor(dir: string, lock: ArchiveLock | null, readOnlyReason: string | null) {
    this.dir = dir;
    this.#lock = lock;
    this.#readOnlyReason = readOnlyReason;
    const context: ArchiveContext = {
      dir,
      writes: this.#writes,
      readOnlyReason: () => this.#readOnlyReason,
      notify: (notice) => this.#notify(notice),
    };
    this.#context = context;
    this.#index = new ArchiveIndex(context);
    this.#reviews = new ReviewFiles(context, this.#index);
    this.#settings = new SettingsFile(dir);
    this.#notes = new NotesFiles(context, {
      titleOf: (reviewId) => this.#index.find(reviewId)?.title ?? reviewId,
      onStateChange: (state) => this.#stateListener?.(state),
      tell: (notice) => this.#noticeListener?.(notice),
    });
    this.states = this.#notes.states;
  }

  /** Opens the archive at `dir`: takes the lock, migrates an older format, recovers damaged files. */
  static async open(dir: string, options: OpenOptions = {}): Promise<Archive> {
    const absolute = path.resolve(dir);
    if (options.readOnly) {
      const archive = new Archive(absolute, null, 'The archive was opened for reading only.');
      await archive.#load();
      return archive;
    }
    for (const folder of archiveFolderNames) await mkdir(path.join(absolute, folder), { recursive: true });
    const lock = await acquireArchiveLock(absolute, options);
    try {
      await removeStaleTempFiles(tempFolder(absolute));
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
    await this.#writes.idle();
    await this.states.settle();
    await this.#lock?.release();
  }

  /** Calls `listener` with each notice raised after opening. */
  onNotice(listener: (notice: string) => void): void {
    this.#noticeListener = listener;
  }

  /** Calls `listener` when a review's counts change because its notes were saved or opened. */
  onStateChange(listener: (state: ReviewState) => void): void {
    this.#stateListener = listener;
  }

  /** Every review's summary row, newest import first. */
  listReviews(): ReviewSummary[] {
    return [...this.#index.rows].reverse();
  }

  /** The summary row of one review, if it is in the archive. */
  findReview(id: string): ReviewSummary | undefined {
    return this.#index.find(id);
  }

  /** Whether a review with this id is in the archive. */
  hasReview(id: string): boolean {
    return this.#index.find(id) !== undefined;
  }

  /** The whole review with this id; a damaged file is moved aside and the review leaves the list. */
  getReview(id: string): Promise<Review> {
    return this.#reviews.get(id);
  }

  /** Adds a review: its own file first, then its row in the index. */
  addReview(review: Review): Promise<void> {
    return this.#reviews.add(review);
  }

  /** Adds a batch of reviews with their images, with one index write (see ReviewFiles.addBatch). */
  addReviews(
    reviews: readonly Review[],
    assetsById: ReadonlyMap<string, readonly StoredAsset[]>,
  ): Promise<AddedReviews> {
    return this.#reviews.addBatch(reviews, assetsById);
  }

  /** Rows that may hold the same content as `probe` or an earlier version of it (see RelatedRows), oldest first. */
  findRelatedRows(probe: Omit<ReviewIdentity, 'id'> & { contentHash: string }): ReviewSummary[] {
    return this.#index.findRelated(probe);
  }

  /** Replaces a review's tags, in its file and its row. */
  setTags(id: string, tags: string[]): Promise<ReviewSummary> {
    return this.#reviews.setTags(id, tags);
  }

  /** Moves a review to `trash/` (its notes stay); `restoreFromTrash` brings it back. */
  moveToTrash(id: string): Promise<ReviewSummary> {
    return this.#reviews.moveToTrash(id);
  }

  /** Brings a review back from `trash/`. */
  restoreFromTrash(id: string): Promise<ReviewSummary> {
    return this.#reviews.restoreFromTrash(id);
  }

  /** The reviews in the trash. */
  listTrash(): Promise<ReviewSummary[]> {
    return this.#reviews.listTrash();
  }

  /** The title and outlet of each of a review's references, read without the full check (see ReviewFiles). */
  readReferences(id: string): Promise<Pick<Reference, 'container' | 'title'>[] | null> {
    return this.#reviews.readReferences(id);
  }

  /** The notes on one review, oldest first; a damaged notes file is replaced by its previous version. */
  readNotes(reviewId: string): Promise<Note[]> {
    return this.#notes.read(reviewId);
  }

  /** The notes on one review as the reader opens them: counts an interrupted write left wrong are put right. */
  openNotes(reviewId: string): Promise<Note[]> {
    return this.#notes.open(reviewId);
  }

  /** Changes the notes of one review and records their counts; calls for the same review run one after another. */
  updateNotes<T>(reviewId: string, change: (notes: Note[]) => { notes: Note[]; result: T }): Promise<T> {
    return this.#notes.update(reviewId, change);
  }

  /** The reader's settings. */
  get settings(): Settings {
    return this.#settings.data;
  }

  /** Whether the sample review was ever added (so it is not added again after the reader removes it). */
  get sampleAdded(): boolean {
    return this.#index.sampleAdded;
  }

  /** Merges a change into the settings and saves them (in their own small file). */
  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    requireWritable(this.#context);
    return this.#writes.queue(settingsFile(this.dir), () => this.#settings.update(patch));
  }

  /** Records that the sample review has been added. */
  async markSampleAdded(): Promise<void> {
    await this.#index.change((data) => {
      data.sampleAdded = true;
    });
  }

  /** Replaces the index with a backup, then adds rows for review files the backup does not know. */
  async restoreBackup(name: string): Promise<{ restored: number; added: number; dropped: number }> {
    return this.#index.restoreSnapshot(name);
  }

  async #load(): Promise<this> {
    const newer = await this.#index.load(this.#settings);
    if (newer) this.#readOnlyReason = newer;
    const notice = await this.#settings.load(!this.#readOnlyReason);
    if (notice) this.#notify(notice);
    return this;
  }

  #notify(notice: string): void {
    this.notices.push(notice);
    this.#noticeListener?.(notice);
  }
}
