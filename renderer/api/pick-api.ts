import type { OffprintBridge } from '../../electron/api/contract.ts';
import { createHttpApi } from './http-api.ts';
import { takeSessionToken } from './session-token.ts';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the page is served by `offprint serve`. */
    offprint?: OffprintBridge;
  }
}

/** The Electron bridge when the preload provided one, else the browser host's HTTP API; undefined without a token. */
export function pickApi(view: Window): OffprintBridge | undefined {
  if (view.offprint) return view.offprint;
  const token = takeSessionToken(view);
  return token ? createHttpApi({ token }) : undefined;
}
