/**
 * The bridge between the sandboxed page and the main process: exactly the contract's methods plus `subscribe`,
 * exposed as `window.offprint`, built from the one list of page methods; no schema library is bundled here.
 */
import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import type { ApiResult, OffprintBridge, OffprintEvent } from '../api/contract.ts';
import { buildBridgeMethods } from '../api/page-methods.ts';

function subscribe(listener: (event: OffprintEvent) => void): () => void {
  const handler = (_event: IpcRendererEvent, payload: OffprintEvent) => listener(payload);
  ipcRenderer.on('offprint:event', handler);
  return () => {
    ipcRenderer.removeListener('offprint:event', handler);
  };
}

const bridge = {
  ...buildBridgeMethods((method, input) => ipcRenderer.invoke(`offprint:${method}`, input) as Promise<ApiResult>),
  subscribe,
} satisfies OffprintBridge;

contextBridge.exposeInMainWorld('offprint', bridge);
