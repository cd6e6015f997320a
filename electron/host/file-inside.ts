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
