import type { ApiResult, MethodInput, MethodName, MethodOutput, OffprintBridge } from '../../electron/api/contract.ts';
import { createEventSubscription } from './event-stream.ts';

/** How to reach the browser host: its token, and its address when the page is not served by it. */
export interface HttpApiOptions {
  token: string;
  baseUrl?: string;
  firstRetryMs?: number;
}

// Browsers cap keepalive request bodies at 64 KiB; below that a save survives the page closing.
const keepaliveLimit = 60_000;

/** The API over the browser host's HTTP protocol: `POST /api/<method>` and the `GET /api/events` stream. */
export function createHttpApi({ token, baseUrl = '', firstRetryMs }: HttpApiOptions): OffprintBridge {
  const call =
    <M extends MethodName>(method: M) =>
    (input: MethodInput<M>): Promise<MethodOutput<M>> =>
      post<MethodOutput<M>>(`${baseUrl}/api/${method}`, token, method, input);
  const events = { url: `${baseUrl}/api/events`, headers: { 'X-Offprint-Token': token } };
  return {
    listReviews: call('listReviews'),
    getReview: call('getReview'),
    listNotes: call('listNotes'),
    saveNote: call('saveNote'),
    saveHighlight: call('saveHighlight'),
    convertPastedHtml: call('convertPastedHtml'),
    deleteNote: call('deleteNote'),
    exportReviews: call('exportReviews'),
    importAnnotations: call('importAnnotations'),
    importMarkdown: call('importMarkdown'),
    importUpload: call('importUpload'),
    importUrl: call('importUrl'),
    tagReview: call('tagReview'),
    deleteReview: call('deleteReview'),
    undeleteReview: call('undeleteReview'),
    listTrash: call('listTrash'),
    listOutlets: call('listOutlets'),
    findCiting: call('findCiting'),
    listCitingIds: call('listCitingIds'),
    listReviewStates: call('listReviewStates'),
    saveReadingPosition: call('saveReadingPosition'),
    setRead: call('setRead'),
    listAllNotes: call('listAllNotes'),
    search: call('search'),
    getSearchStatus: call('getSearchStatus'),
    getArchiveStatus: call('getArchiveStatus'),
    getSettings: call('getSettings'),
    updateSettings: call('updateSettings'),
    subscribe: createEventSubscription(firstRetryMs === undefined ? events : { ...events, firstRetryMs }),
  };
}

async function post<T>(url: string, token: string, method: MethodName, input: unknown): Promise<T> {
  const body = JSON.stringify(input ?? {});
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Offprint-Token': token },
      body,
      cache: 'no-store',
      keepalive: new TextEncoder().encode(body).byteLength < keepaliveLimit,
    });
  } catch {
    throw new Error('Offprint did not answer; check that the "offprint serve" command is still running');
  }
  const result = await readResult(response);
  if (!result) {
    throw new Error(`Offprint answered ${method} with HTTP ${response.status} and no result; reload the page`);
  }
  if (!result.ok) throw new Error(result.error);
  return result.value as T;
}

async function readResult(response: Response): Promise<ApiResult | undefined> {
  try {
    const value: unknown = await response.json();
    if (typeof value !== 'object' || value === null || !('ok' in value)) return undefined;
    if (value.ok === true && 'value' in value) return { ok: true, value: value.value };
    if (value.ok === false && 'error' in value && typeof value.error === 'string')
      return { ok: false, error: value.error };
    return undefined;
  } catch {
    return undefined;
  }
}
