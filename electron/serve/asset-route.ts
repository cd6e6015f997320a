import type { IncomingMessage, ServerResponse } from 'node:http';
import { readAssetFile } from '../host/archive-assets.ts';
import { securityHeaders, sendJson } from './http-response.ts';
import { hasToken } from './request-guards.ts';

/** The prefix of the archive images' addresses, which the reader's Markdown links as `assets/<id>/<name>`. */
export const assetsPrefix = '/assets/';

/**
 * The cookie that lets the reader's `<img>` requests for archive images through (an image request cannot carry
 * the token header). Named by port, so two browser hosts on this computer do not overwrite each other's.
 */
function assetCookieName(port: number): string {
  return `offprint-token-${port}`;
}

/** The Set-Cookie value given with every answer to a request that carried the token. */
export function assetCookie(token: string, port: number): string {
  return `${assetCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=${assetsPrefix.slice(0, -1)}`;
}

/** The token the asset cookie carries in a Cookie header, if any. */
function tokenFromCookie(header: string | undefined, port: number): string | undefined {
  const name = assetCookieName(port);
  for (const pair of (header ?? '').split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/** Answers `GET /assets/<id>/<name>` with an image of the archive, for a request that carries the asset cookie. */
export async function serveAsset(
  req: IncomingMessage,
  res: ServerResponse,
  route: { archiveDir: string; token: string; port: number; path: string },
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendJson(res, 405, { ok: false, error: 'Use GET for archive images.' }, { Allow: 'GET, HEAD' });
    return;
  }
  if (!hasToken(tokenFromCookie(req.headers.cookie, route.port), route.token)) {
    sendJson(res, 401, {
      ok: false,
      error: 'Images of the archive are shown only in the reader opened from the address Offprint printed.',
    });
    return;
  }
  const file = await readAssetFile(route.archiveDir, route.path);
  if (!file) {
    sendJson(res, 404, { ok: false, error: 'There is no such image in the archive.' });
    return;
  }
  res.writeHead(200, {
    ...securityHeaders(file.headers['Content-Security-Policy']),
    ...file.headers,
    'Content-Length': String(file.body.length),
  });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}
