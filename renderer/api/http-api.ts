import type { ApiResult, MethodName, OffprintBridge } from '../../electron/api/contract.ts';
import { buildBridgeMethods } from '../../electron/api/page-methods.ts';
import { isErrorKind } from '../../electron/model/offprint-error.ts';
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
  const events = { url: `${baseUrl}/api/events`, headers: { 'X-Offprint-Token': token } };
  return {
    ...buildBridgeMethods((method, input) => post(`${baseUrl}/api/${method}`, token, method, input)),
    subscribe: createEventSubscription(firstRetryMs === undefined ? events : { ...events, firstRetryMs }),
  };
}

async function post(url: string, token: string, method: MethodName, input: unknown): Promise<ApiResult> {
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
  return result;
}

async function readResult(response: Response): Promise<ApiResult | undefined> {
  try {
    const value: unknown = await response.json();
    if (typeof value !== 'object' || value === null || !('ok' in value)) return undefined;
    if (value.ok === true && 'value' in value) return { ok: true, value: value.value };
    if (value.ok === false && 'error' in value && typeof value.error === 'string') {
      const kind = 'kind' in value && isErrorKind(value.kind) ? value.kind : 'io';
      return { ok: false, error: value.error, kind };
    }
    return undefined;
  } catch {
    return undefined;
  }
}
