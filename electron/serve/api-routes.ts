import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MethodName, OffprintApi, PageMethodName } from '../api/contract.ts';
import { dispatch, isMethodName } from '../api/dispatch.ts';
import type { EventHub } from '../api/event-hub.ts';
import { pageMethodNames } from '../api/page-methods.ts';
import { openEventStream } from './event-stream.ts';
import { sendJson } from './http-response.ts';
import { bodyTooLargeError, isJsonContentType, maxBodyBytes, readJsonBody } from './request-body.ts';
import { hasToken } from './request-guards.ts';

/** What the API routes need: the library's API and events, this launch's token, and the open event streams. */
export interface ApiRouteContext {
  api: OffprintApi;
  events: Pick<EventHub, 'subscribe'>;
  token: string;
  streams: Set<() => void>;
  /** The Set-Cookie value that lets the reader's image requests through (see asset-route.ts). */
  assetCookie?: string;
}

const missingToken = 'This request needs the token from the address Offprint printed. Open that address again.';

/** Answers everything under `/api/`: `POST /api/<method>` calls and the `GET /api/events` stream. */
export async function handleApiRequest(
  req: IncomingMessage,
  res: ServerResponse,
  route: string,
  context: ApiRouteContext,
): Promise<void> {
  const expected = route === 'events' ? 'GET' : 'POST';
  if (req.method !== expected) {
    sendJson(res, 405, { ok: false, error: `Use ${expected} for /api/${route}.` }, { Allow: expected });
    return;
  }
  if (!hasToken(req.headers['x-offprint-token'], context.token)) {
    sendJson(res, 401, { ok: false, error: missingToken });
    return;
  }
  if (context.assetCookie) res.setHeader('Set-Cookie', context.assetCookie);
  if (route === 'events') {
    const end = openEventStream(req, res, context.events, () => context.streams.delete(end));
    context.streams.add(end);
    return;
  }
  await answerCall(req, res, route, context.api);
}

/** The answer to a page that calls a method only the command line may: it names files by their path. */
function commandLineOnlyError(method: string): string {
  return `A page may not call ${method}, which reads files by their path; import files with "offprint import" or the reader's Import menu.`;
}

function isPageMethod(method: MethodName): method is PageMethodName {
  return (pageMethodNames as readonly string[]).includes(method);
}

async function answerCall(req: IncomingMessage, res: ServerResponse, method: string, api: OffprintApi): Promise<void> {
  if (!isMethodName(method)) {
    sendJson(res, 404, await dispatch(api, method, {}));
    return;
  }
  if (!isPageMethod(method)) {
    sendJson(res, 403, { ok: false, error: commandLineOnlyError(method) });
    return;
  }
  if (Number(req.headers['content-length'] ?? 0) > maxBodyBytes) {
    sendJson(res, 413, { ok: false, error: bodyTooLargeError });
    return;
  }
  if (!isJsonContentType(req.headers['content-type'])) {
    sendJson(res, 415, { ok: false, error: 'Send the call as JSON with "Content-Type: application/json".' });
    return;
  }
  const body = await readJsonBody(req);
  if (!body.ok) {
    sendJson(res, body.status, { ok: false, error: body.error });
    return;
  }
  const result = await dispatch(api, method, body.value);
  sendJson(res, result.ok ? 200 : 400, result);
}
