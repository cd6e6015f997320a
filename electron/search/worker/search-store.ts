import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { searchFolder } from '../../archive/archive-layout.ts';
import { writeFileDurably } from '../../archive/durable-file.ts';
import { messageOf } from '../../common/messages.ts';
import { Sequencer } from '../../common/sequencer.ts';
import { OffprintError } from '../../model/offprint-error.ts';
import type { SearchStatus } from '../../model/search-hit.ts';
import { documentOf } from '../index/search-document.ts';
import { firstMatch, makeSnippet } from '../query/snippet.ts';
import { SearchIndex } from '../search-index.ts';
import { type IndexRow, notesStamp, readNotesFile, readReviewFile } from './search-sources.ts';
import type { WorkerHit, WorkerResult } from './worker-messages.ts';

/** Where the store tells how indexing goes, and what went wrong that the reader should know. */
export interface StoreListeners {
  onStatus(status: SearchStatus): void;
  onProblem(problem: string): void;
}

const stampsVersion = 1;
/** How many review files are read (or their notes looked at) at once while indexing. */
const readConcurrency = 32;

/**
 * The search index of one archive with what it was built from (a stamp per review), kept in `<archive>/search/`:
 * loaded when it can be, brought up to date with the archive's rows, changed one review at a time, saved on demand.
 */
export class SearchStore {
  readonly #archiveDir: string;
  readonly #listeners: StoreListeners;
  readonly #index: SearchIndex;
  readonly #stamps: Map<string, string>;
  #status: SearchStatus;
  /** Changes run one at a time: (re)builds, refreshes, removals and saves. */
  readonly #changes = new Sequencer();
  /** The last refresh or removal asked for: a search waits for it, but not for a save or a (re)build. */
  #lastEdit: Promise<unknown> = Promise.resolve();
  #dirty = false;
  #stopping = false;
  #persist = true;
  #reconciling = false;

  private constructor(archiveDir: string, index: SearchIndex, stamps: Map<string, string>, listeners: StoreListeners) {
    this.#archiveDir = archiveDir;
    this.#index = index;
    this.#stamps = stamps;
    this.#listeners = listeners;
    this.#status = { ready: false, indexed: 0, total: stamps.size };
  }

  /** Loads the saved index of the archive at `archiveDir`, or starts an empty one when it is missing, damaged or old. */
  static async open(archiveDir: string, listeners: StoreListeners): Promise<SearchStore> {
    const saved = await loadSaved(archiveDir);
    const index = saved?.index ?? SearchIndex.create();
    return new SearchStore(archiveDir, index, saved?.stamps ?? new Map(), listeners);
  }

  /** Keeps the index in memory only, for an archive another process writes to (it saves its own index). */
  keepInMemory(): void {
    this.#persist = false;
  }

  /**
   * Brings the index in line with `rows` (every review of the archive): drops the gone, indexes the new and changed
   * (also those whose notes changed on disk), then reports the index ready and saves it.
   */
  reconcile(rows: IndexRow[]): Promise<void> {
    return this.#changes.queue(async () => {
      this.#reconciling = true;
      try {
        await this.#reconcileNow(rows);
      } finally {
        this.#reconciling = false;
      }
      await this.#saveNow();
    });
  }

  async #reconcileNow(rows: IndexRow[]): Promise<void> {
    const wanted = new Set(rows.map((row) => row.id));
    for (const id of this.#stamps.keys()) if (!wanted.has(id)) this.#drop(id);
    // Progress is reported once there is indexing to do: checking a loaded index against the rows stays quiet.
    let working = false;
    let checked = 0;
    await eachInBatches(rows, async (row) => {
      if (this.#stopping) return;
      const stamp = `${row.stamp}\u0000${await notesStamp(this.#archiveDir, row.id)}`;
      if (this.#stamps.get(row.id) !== stamp || !this.#index.has(row.id)) {
        if (!working) this.#report({ ready: false, indexed: checked, total: rows.length });
        working = true;
        await this.#indexReview(row.id, stamp);
      }
      checked += 1;
      if (working && checked % 250 === 0) this.#report({ ready: false, indexed: checked, total: rows.length });
    });
    if (!this.#stopping) this.#report({ ready: true, indexed: this.#stamps.size, total: rows.length });
  }

  /** Reads these reviews (and their notes) again and indexes them as they are now. */
  refresh(rows: IndexRow[]): Promise<void> {
    return this.#edit(async () => {
      for (const row of rows) {
        await this.#indexReview(row.id, `${row.stamp}\u0000${await notesStamp(this.#archiveDir, row.id)}`);
      }
      this.#report({
        ...this.#status,
        indexed: this.#stamps.size,
        total: Math.max(this.#status.total, this.#stamps.size),
      });
    });
  }

  /** Takes these reviews out of the index. */
  remove(ids: string[]): Promise<void> {
    return this.#edit(async () => {
      for (const id of ids) this.#drop(id);
      this.#report({
        ...this.#status,
        indexed: this.#stamps.size,
        total: Math.max(0, this.#status.total - ids.length),
      });
    });
  }

  /** One page of ranked hits, each with a passage read from its review file. */
  async search(query: string, limit: number, offset: number): Promise<WorkerResult> {
    // Changes asked for before the search are in its answer; a long (re)build is not waited for.
    if (!this.#reconciling) await this.#lastEdit;
    const result = this.#index.search(query, { limit, offset });
    const hits = await Promise.all(
      result.hits.map(async (hit): Promise<WorkerHit> => {
        const review = await readReviewFile(this.#archiveDir, hit.id);
        if (!review) return { id: hit.id, score: hit.score, field: hit.field, snippet: null, match: null };
        const passageOf = async (): Promise<string> => {
          if (hit.field === 'notes')
            return documentOf(review, await readNotesFile(this.#archiveDir, hit.id)).notes.join('\n');
          if (hit.field === 'references' || hit.field === 'outlet')
            return review.references.map((r) => r.raw).join('\n');
          return review.body;
        };
        const snippet = makeSnippet(await passageOf(), hit.terms) ?? makeSnippet(review.body, hit.terms);
        return { id: hit.id, score: hit.score, field: hit.field, snippet, match: firstMatch(review.body, hit.terms) };
      }),
    );
    return { hits, total: result.total, problems: result.problems };
  }

  /** Writes the index when something changed since it was last written. */
  save(): Promise<void> {
    return this.#changes.queue(() => this.#saveNow());
  }

  /** Stops indexing, waits for the changes under way and writes what was indexed. */
  async close(): Promise<void> {
    this.#stopping = true;
    await this.#changes.idle();
    this.#stopping = false;
    await this.save();
  }

  async #indexReview(id: string, stamp: string): Promise<void> {
    const review = await readReviewFile(this.#archiveDir, id);
    if (!review) {
      this.#drop(id);
      return;
    }
    this.#index.add(documentOf(review, await readNotesFile(this.#archiveDir, id)));
    this.#stamps.set(id, stamp);
    this.#dirty = true;
  }

  #drop(id: string): void {
    if (this.#index.has(id)) this.#index.remove(id);
    if (this.#stamps.delete(id)) this.#dirty = true;
  }

  async #saveNow(): Promise<void> {
    if (!this.#dirty || !this.#persist) return;
    this.#dirty = false;
    const folder = searchFolder(this.#archiveDir);
    try {
      await mkdir(folder, { recursive: true });
      await this.#index.save(indexFolder(this.#archiveDir));
      const stamps = { version: stampsVersion, stamps: Object.fromEntries(this.#stamps) };
      await writeFileDurably(stampsFile(this.#archiveDir), JSON.stringify(stamps));
    } catch (error) {
      // The index can always be rebuilt from the reviews, so failing to keep it is told, not thrown.
      this.#dirty = true;
      this.#listeners.onProblem(
        `Could not save the search index in ${folder} (${messageOf(error)}); search still works and builds it again next time.`,
      );
    }
  }

  #report(status: SearchStatus): void {
    this.#status = status;
    this.#listeners.onStatus({ ...status });
  }

  #edit(run: () => Promise<void>): Promise<void> {
    const edit = this.#changes.queue(run);
    this.#lastEdit = edit.catch(() => undefined);
    return edit;
  }
}

/** The saved index and its stamps; null when either is missing, damaged or of another version (it is rebuilt). */
async function loadSaved(archiveDir: string): Promise<{ index: SearchIndex; stamps: Map<string, string> } | null> {
  try {
    const raw: unknown = JSON.parse(await readFile(stampsFile(archiveDir), 'utf8'));
    const index = await SearchIndex.load(indexFolder(archiveDir));
    if (!index || !isStamps(raw)) return null;
    return { index, stamps: new Map(Object.entries(raw.stamps)) };
  } catch (error) {
    if (error instanceof OffprintError || error instanceof SyntaxError || isFileError(error)) return null;
    throw error;
  }
}

/** `<archive>/search/index`: the index's own files. */
function indexFolder(archiveDir: string): string {
  return path.join(searchFolder(archiveDir), 'index');
}

/** `<archive>/search/stamps.json`: what each review was indexed from. */
function stampsFile(archiveDir: string): string {
  return path.join(searchFolder(archiveDir), 'stamps.json');
}

function isStamps(raw: unknown): raw is { version: number; stamps: Record<string, string> } {
  if (typeof raw !== 'object' || raw === null || !('version' in raw) || raw.version !== stampsVersion) return false;
  if (!('stamps' in raw) || typeof raw.stamps !== 'object' || raw.stamps === null) return false;
  return Object.values(raw.stamps).every((stamp) => typeof stamp === 'string');
}

function isFileError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof error.code === 'string';
}

/** Runs `work` on every item, a few at a time, in order of batches. */
async function eachInBatches<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += readConcurrency) {
    await Promise.all(items.slice(start, start + readConcurrency).map(work));
  }
}
