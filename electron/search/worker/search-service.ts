import { Worker } from 'node:worker_threads';
import type { Archive } from '../../archive/archive.ts';
import { OffprintError } from '../../model/offprint-error.ts';
import type { SearchHit, SearchStatus } from '../../model/search-hit.ts';
import { isLibraryChange, type SearchEvents } from './search-events.ts';
import { indexRowOf } from './search-sources.ts';
import { unpackedLocation } from './unpacked-location.ts';
import type { WorkerMessage, WorkerRequest, WorkerResult } from './worker-messages.ts';

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
type Pending = { resolve: (value: WorkerResult | null) => void; reject: (error: Error) => void };

/** One page of ranked hits with their review rows, how many in all, the query's problems and the index's status. */
export interface SearchAnswer {
  hits: SearchHit[];
  total: number;
  problems: string[];
  status: SearchStatus;
}

/** How long after the last change the index is written (changes come in bursts: imports, typing notes). */
const defaultSaveDelayMs = 2000;

/**
 * The archive's full-text search, run in a worker thread so indexing and querying never hold up the main thread.
 * It starts on first use (so short CLI commands never start it), follows the library's events to stay current,
 * writes the index a moment after changes and when closed, and reports progress as `search-progress` events.
 */
export class SearchService {
  readonly #archive: Archive;
  readonly #events: SearchEvents;
  readonly #saveDelayMs: number;
  readonly #pending = new Map<number, Pending>();
  readonly #readyWaiters: { resolve: () => void; reject: (error: Error) => void }[] = [];
  #worker: Worker | undefined;
  #nextId = 1;
  #status: SearchStatus = { ready: false, indexed: 0, total: 0 };
  #saveTimer: NodeJS.Timeout | undefined;
  /** Problems already told, so a failing save is not announced again with every change. */
  readonly #told = new Set<string>();

  constructor(archive: Archive, events: SearchEvents, options: { saveDelayMs?: number } = {}) {
    this.#archive = archive;
    this.#events = events;
    this.#saveDelayMs = options.saveDelayMs ?? defaultSaveDelayMs;
    events.subscribe((event) => {
      if (!this.#worker || !isLibraryChange(event)) return;
      if (event.type === 'review-added' || event.type === 'review-changed')
        this.#change({ type: 'refresh', rows: [indexRowOf(event.payload.review)] });
      if (event.type === 'review-removed') this.#change({ type: 'remove', ids: [event.payload.id] });
      if (event.type === 'notes-changed') {
        const review = archive.findReview(event.payload.reviewId);
        if (review) this.#change({ type: 'refresh', rows: [indexRowOf(review)] });
      }
    });
  }

  /** Where indexing stands; asking starts the index when it has not started yet. */
  status(): SearchStatus {
    this.#start();
    return { ...this.#status };
  }

  /** Resolves once the index can answer (loaded from disk, or built). */
  whenReady(): Promise<void> {
    this.#start();
    if (this.#status.ready) return Promise.resolve();
    return new Promise((resolve, reject) => this.#readyWaiters.push({ resolve, reject }));
  }

  /** One page of ranked hits with their review rows, passages and where to scroll; starts the index if needed. */
  async search(query: string, options: { limit?: number; offset?: number } = {}): Promise<SearchAnswer> {
    this.#start();
    const limit = options.limit ?? 20;
    const offset = options.offset ?? 0;
    const result = await this.#ask({ type: 'search', query, limit, offset });
    const hits: SearchHit[] = [];
    for (const { id, score, field, snippet, match } of result?.hits ?? []) {
      const review = this.#archive.findReview(id);
      if (review) hits.push({ review, score, field, snippet, match });
    }
    return { hits, total: result?.total ?? 0, problems: result?.problems ?? [], status: { ...this.#status } };
  }

  /** Writes what changed and stops the worker; a later use starts it again. */
  async close(): Promise<void> {
    const worker = this.#worker;
    if (!worker) return;
    clearTimeout(this.#saveTimer);
    try {
      await this.#ask({ type: 'close' });
    } finally {
      this.#worker = undefined;
      await worker.terminate();
    }
  }

  #start(): void {
    if (this.#worker) return;
    const worker = startWorker();
    this.#worker = worker;
    worker.on('message', (message: WorkerMessage) => this.#receive(message));
    worker.on('error', (error) => this.#fail(worker, error));
    worker.on('exit', () => this.#fail(worker, new Error('the search worker stopped')));
    const rows = this.#archive.listReviews().map(indexRowOf);
    this.#status = { ready: false, indexed: 0, total: rows.length };
    // A read-only archive is being written by another process, which keeps the saved index itself.
    const persist = this.#archive.readOnlyReason === null;
    void this.#ask({ type: 'open', archiveDir: this.#archive.dir, rows, persist }).catch(() => undefined);
  }

  #change(request: Request): void {
    void this.#ask(request).catch(() => undefined);
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => void this.#ask({ type: 'save' }).catch(() => undefined), this.#saveDelayMs);
    this.#saveTimer.unref();
  }

  #ask(request: Request): Promise<WorkerResult | null> {
    const worker = this.#worker;
    if (!worker)
      return Promise.reject(new OffprintError('unsupported', 'Search is closed; open the archive again to search it.'));
    const id = this.#nextId++;
    const promise = new Promise<WorkerResult | null>((resolve, reject) => this.#pending.set(id, { resolve, reject }));
    worker.postMessage({ ...request, id } satisfies WorkerRequest);
    this.#holdProcess();
    return promise;
  }

  #receive(message: WorkerMessage): void {
    if (message.type === 'problem') {
      if (!this.#told.has(message.problem))
        this.#events.emit({ type: 'archive-notice', payload: { notice: message.problem } });
      this.#told.add(message.problem);
    } else if (message.type === 'status') {
      this.#status = message.status;
      this.#events.emit({ type: 'search-progress', payload: { ...message.status } });
      if (message.status.ready) for (const waiter of this.#readyWaiters.splice(0)) waiter.resolve();
    } else {
      const pending = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      if (message.ok) pending?.resolve(message.value);
      else pending?.reject(new OffprintError('io', `Search failed: ${message.error}`));
    }
    this.#holdProcess();
  }

  /** Keeps the process alive only while an answer or the first indexing is awaited, so commands end when done. */
  #holdProcess(): void {
    if (this.#pending.size > 0 || (!this.#status.ready && this.#readyWaiters.length > 0)) this.#worker?.ref();
    else this.#worker?.unref();
  }

  #fail(worker: Worker, error: Error): void {
    if (this.#worker !== worker) return;
    this.#worker = undefined;
    this.#status = { ...this.#status, ready: false };
    const failure = new OffprintError(
      'io',
      `Search stopped working (${error.message}); reopen the archive to search again.`,
    );
    for (const pending of [...this.#pending.values(), ...this.#readyWaiters.splice(0)]) pending.reject(failure);
    this.#pending.clear();
  }
}

/**
 * The worker next to this module: the built `.js` in dist/ (in a packaged app, its copy in app.asar.unpacked). Run
 * from the `.ts` sources (unit tests under tsx), the worker registers tsx first, since Node 20 does not pass
 * `--import tsx` on to a worker's entry file.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(unpackedLocation(new URL('./search-worker.js', import.meta.url)));
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./search-worker.ts', import.meta.url).href);
  return new Worker(`import(${tsx}).then((tsx) => { tsx.register(); return import(${entry}); });`, { eval: true });
}
