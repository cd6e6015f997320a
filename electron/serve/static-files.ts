import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { htmlContentSecurityPolicy, securityHeaders, sendText } from './http-response.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** The Content-Type for a file of the renderer build, or undefined for a kind the host does not serve. */
export function contentTypeFor(file: string): string | undefined {
  return contentTypes[path.extname(file).toLowerCase()];
}

/**
 * The file inside `rendererDir` that a raw request path names (`/` is index.html), or null when the path is
 * malformed, climbs out of the folder, names a folder or a kind of file the host does not serve.
 */
export async function resolveStaticFile(rendererDir: string, rawPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.split('/').some((segment) => segment === '..')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.slice(1);
  if (path.isAbsolute(relative) || contentTypeFor(relative) === undefined) return null;
  try {
    const root = await realpath(rendererDir);
    // realpath also follows links, so a link inside the folder cannot lead outside it.
    const file = await realpath(path.join(root, relative));
    const inside = path.relative(root, file);
    if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Answers GET and HEAD requests with the renderer build's files; no token is needed for them. */
export async function serveStaticFile(req: IncomingMessage, res: ServerResponse, rendererDir: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Only GET and HEAD are answered here.', { Allow: 'GET, HEAD' });
    return;
  }
  const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
  const file = await resolveStaticFile(rendererDir, rawPath);
  const contentType = file ? contentTypeFor(file) : undefined;
  if (!file || !contentType) {
    sendText(res, 404, 'Not found.');
    return;
  }
  const { size } = await stat(file);
  const policy = contentType.startsWith('text/html') ? htmlContentSecurityPolicy : undefined;
  res.writeHead(200, { ...securityHeaders(policy), 'Content-Type': contentType, 'Content-Length': String(size) });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
