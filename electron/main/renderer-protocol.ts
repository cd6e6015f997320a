import type { Protocol } from 'electron';
import { readAssetFile } from '../host/archive-assets.ts';
import { readRendererFile } from '../host/renderer-files.ts';
import { appScheme } from '../host/request-policy.ts';

const textHeaders = { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' };

/**
 * Serves the renderer build in `rendererDir` as `offprint://app/…` and the archive's saved images as
 * `offprint://app/assets/<id>/<name>`; anything else is answered 404.
 */
export function serveRenderer(protocol: Protocol, rendererDir: string, archiveDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    if (request.method !== 'GET') {
      return new Response('Only GET is answered here.', { status: 405, headers: { ...textHeaders, Allow: 'GET' } });
    }
    const isAsset = url.pathname.startsWith('/assets/');
    const file =
      url.host !== 'app'
        ? null
        : isAsset
          ? await readAssetFile(archiveDir, url.pathname)
          : await readRendererFile(rendererDir, url.pathname);
    if (!file) return new Response('Not found.', { status: 404, headers: textHeaders });
    return new Response(new Uint8Array(file.body), { status: 200, headers: file.headers });
  });
}
