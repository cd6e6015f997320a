import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Reads `file` only if, with every link resolved, it is a regular file inside `root`; null otherwise (missing,
 * a folder, or a link that leads out). The one check both hosts use before sending a file from disk.
 */
export async function readFileInside(root: string, file: string): Promise<Buffer | null> {
  try {
    const realRoot = await realpath(root);
    const real = await realpath(file);
    if (!isInside(realRoot, real) || !(await stat(real)).isFile()) return null;
    return await readFile(real);
  } catch {
    return null;
  }
}

/** Whether `file` lies below `root` (both absolute and resolved). */
export function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/** A file ready to send: its bytes and the headers that go with them. */
export interface ServedFile {
  body: Buffer;
  headers: Record<string, string>;
}

/** The headers a host sends a file with: its type and policy, and no sniffing, caching or referrers. */
export function servedFileHeaders(contentType: string | undefined, policy: string): Record<string, string> {
  return {
    'Content-Type': contentType ?? 'application/octet-stream',
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

/** A URL pathname with its %-escapes decoded, or null when they are malformed. */
export function decodePathname(urlPathname: string): string | null {
  try {
    return decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
}
