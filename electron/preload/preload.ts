/**
 * The bridge between the sandboxed page and the main process: exactly the contract's methods plus `subscribe`,
 * exposed as `window.offprint`. Only types come from the contract, so no schema library is bundled here.
 */
import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import type { ApiResult, MethodName, OffprintApi, OffprintBridge, OffprintEvent } from '../api/contract.ts';

function call<M extends MethodName>(name: M): OffprintApi[M] {
  const invoke = async (input: unknown): Promise<unknown> => {
    const result = (await ipcRenderer.invoke(`offprint:${name}`, input)) as ApiResult;
    if (!result.ok) throw new Error(result.error);
    return result.value;
  };
  return invoke as OffprintApi[M];
}

function subscribe(listener: (event: OffprintEvent) => void): () => void {
  const handler = (_event: IpcRendererEvent, payload: OffprintEvent) => listener(payload);
  ipcRenderer.on('offprint:event', handler);
  return () => {
    ipcRenderer.removeListener('offprint:event', handler);
  };
}

const bridge = {
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
  subscribe,
} satisfies OffprintBridge;

contextBridge.exposeInMainWorld('offprint', bridge);
