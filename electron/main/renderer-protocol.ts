import type { Protocol } from 'electron';
import { readRendererFile } from '../host/renderer-files.ts';
import { appScheme } from '../host/request-policy.ts';

const textHeaders = { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' };

/** Serves the renderer build in `rendererDir` as `offprint://app/…`; anything else is answered 404. */
export function serveRenderer(protocol: Protocol, rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    if (request.method !== 'GET') {
      return new Response('Only GET is answered here.', { status: 405, headers: { ...textHeaders, Allow: 'GET' } });
    }
    const file = url.host === 'app' ? await readRendererFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found.', { status: 404, headers: textHeaders });
    return new Response(new Uint8Array(file.body), { status: 200, headers: file.headers });
  });
}
