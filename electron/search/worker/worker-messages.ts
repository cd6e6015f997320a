/** The messages between the search service (main thread) and the search worker. */
import type { SearchHit, SearchStatus } from '../../model/search-hit.ts';
import type { IndexRow } from './search-sources.ts';

/** A search hit as the worker answers it: the review's id where the API's SearchHit has the review's row. */
export type WorkerHit = Omit<SearchHit, 'review'> & { id: string };

/** A page of worker hits, how many there are in all, and what was wrong with the query. */
export interface WorkerResult {
  hits: WorkerHit[];
  total: number;
  problems: string[];
}

/** What the service asks of the worker; each request is answered by a reply with the same `id`. */
export type WorkerRequest = { id: number } & (
  | { type: 'open'; archiveDir: string; rows: IndexRow[]; persist: boolean }
  | { type: 'refresh'; rows: IndexRow[] }
  | { type: 'remove'; ids: string[] }
  | { type: 'search'; query: string; limit: number; offset: number }
  | { type: 'save' }
  | { type: 'close' }
);

/** What the worker sends back: replies to requests, and indexing progress as it happens. */
export type WorkerMessage =
  | { type: 'reply'; id: number; ok: true; value: WorkerResult | null }
  | { type: 'reply'; id: number; ok: false; error: string }
  | { type: 'status'; status: SearchStatus }
  | { type: 'problem'; problem: string };
