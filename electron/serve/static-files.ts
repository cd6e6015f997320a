import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentSecurityPolicy, readRendererFile } from '../host/renderer-files.ts';
import { securityHeaders, sendText } from './http-response.ts';

/** Answers GET and HEAD requests with the renderer build's files; no token is needed for them. */
export async function serveStaticFile(req: IncomingMessage, res: ServerResponse, rendererDir: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Only GET and HEAD are answered here.', { Allow: 'GET, HEAD' });
    return;
  }
  const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
  const file = await readRendererFile(rendererDir, rawPath);
  if (!file) {
    sendText(res, 404, 'Not found.');
    return;
  }
  const contentType = file.headers['Content-Type'] ?? 'application/octet-stream';
  const policy = contentType.startsWith('text/html') ? contentSecurityPolicy : undefined;
  res.writeHead(200, {
    ...securityHeaders(policy),
    'Content-Type': contentType,
    'Content-Length': String(file.body.length),
  });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}
