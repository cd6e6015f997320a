import path from 'node:path';
import { decodePathname, isInside, readFileInside, type ServedFile, servedFileHeaders } from './file-inside.ts';

/** The policy every host sends with the reader's page; identical to the page's own meta tag. */
export const contentSecurityPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'; " +
  // Every HTML sink needs a TrustedHTML, and the only policy allowed is the sanitizer's own (DOMPurify's).
  "require-trusted-types-for 'script'; trusted-types dompurify";

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** The Content-Type of a renderer build file, or undefined for a kind of file no host serves. */
export function contentTypeFor(filePath: string): string | undefined {
  return contentTypes[path.extname(filePath).toLowerCase()];
}

/**
 * The absolute path a URL pathname names inside `rendererDir` (`/` is index.html), or null when the pathname is
 * malformed, climbs out of the folder or names a kind of file no host serves. Does not touch the disk.
 */
export function resolveRendererFile(rendererDir: string, urlPathname: string): string | null {
  const decoded = decodePathname(urlPathname);
  if (decoded === null) return null;
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.slice(1);
  if (relative.split('/').includes('..') || path.isAbsolute(relative)) return null;
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, relative);
  if (!isInside(root, file) || contentTypeFor(file) === undefined) return null;
  return file;
}

/**
 * Reads the renderer build file a URL pathname names, or null (answer 404) when there is none inside
 * `rendererDir`; a link that leads outside the folder counts as none.
 */
export async function readRendererFile(rendererDir: string, urlPathname: string): Promise<ServedFile | null> {
  const file = resolveRendererFile(rendererDir, urlPathname);
  if (!file) return null;
  const body = await readFileInside(rendererDir, file);
  return body ? { body, headers: rendererHeaders(file) } : null;
}

/** The headers a renderer build file is sent with: its type, the CSP, and no sniffing, caching or referrers. */
export function rendererHeaders(filePath: string): Record<string, string> {
  return servedFileHeaders(contentTypeFor(filePath), contentSecurityPolicy);
}
