/**
 * The search worker: holds one archive's SearchStore off the main thread and answers the service's requests in
 * order of arrival (changes in turn, searches at once). Started by search-service.ts.
 */
import { parentPort } from 'node:worker_threads';
import { messageOf } from '../../common/messages.ts';
import { Sequencer } from '../../common/sequencer.ts';
import { SearchStore } from './search-store.ts';
import type { WorkerMessage, WorkerRequest, WorkerResult } from './worker-messages.ts';

const port = parentPort;
if (port) {
  let store: SearchStore | undefined;
  const send = (message: WorkerMessage) => port.postMessage(message);
  const opened = (): SearchStore => {
    if (!store) throw new Error('the search index was asked for before it was opened');
    return store;
  };
  const answer = async (request: WorkerRequest): Promise<WorkerResult | null> => {
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
  const requests = new Sequencer();
  port.on('message', (request: WorkerRequest) => {
    requests
      .queue(() => answer(request))
      .then(
        (value) => send({ type: 'reply', id: request.id, ok: true, value }),
        (error: unknown) => send({ type: 'reply', id: request.id, ok: false, error: messageOf(error) }),
      );
  });
}
