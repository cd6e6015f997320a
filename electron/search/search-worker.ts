/**
 * The search worker: holds one archive's SearchStore off the main thread and answers the service's requests in
 * order of arrival (changes in turn, searches at once). Started by search-service.ts.
 */
import { parentPort } from 'node:worker_threads';
import type { SearchStatus } from '../model/search-hit.ts';
import type { IndexRow } from './search-sources.ts';
import { SearchStore, type StoredResult } from './search-store.ts';

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
  | { type: 'reply'; id: number; ok: true; value: StoredResult | null }
  | { type: 'reply'; id: number; ok: false; error: string }
  | { type: 'status'; status: SearchStatus }
  | { type: 'problem'; problem: string };

const port = parentPort;
if (port) {
  let store: SearchStore | undefined;
  const send = (message: WorkerMessage) => port.postMessage(message);
  const opened = (): SearchStore => {
    if (!store) throw new Error('the search index was asked for before it was opened');
    return store;
  };
  const answer = async (request: WorkerRequest): Promise<StoredResult | null> => {
    switch (request.type) {
      case 'open': {
        store = await SearchStore.open(request.archiveDir, {
          onStatus: (status) => send({ type: 'status', status }),
          onProblem: (problem) => send({ type: 'problem', problem }),
        });
        if (!request.persist) store.keepInMemory();
        void store.reconcile(request.rows).catch((error: unknown) => {
          send({ type: 'problem', problem: `Could not index the archive for search (${messageOf(error)}).` });
        });
        return null;
      }
      case 'refresh':
        await opened().refresh(request.rows);
        return null;
      case 'remove':
        await opened().remove(request.ids);
        return null;
      case 'search':
        return opened().search(request.query, request.limit, request.offset);
      case 'save':
        await opened().save();
        return null;
      case 'close':
        await store?.close();
        return null;
    }
  };
  // Requests are answered in the order they came: a search or a change sent right after "open" waits for the
  // index to be opened instead of finding none.
  let previous: Promise<unknown> = Promise.resolve();
  port.on('message', (request: WorkerRequest) => {
    const answered = previous.then(() => answer(request));
    previous = answered.catch(() => undefined);
    answered.then(
      (value) => send({ type: 'reply', id: request.id, ok: true, value }),
      (error: unknown) => send({ type: 'reply', id: request.id, ok: false, error: messageOf(error) }),
    );
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
