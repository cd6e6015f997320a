import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The kinds of file the system may hand Offprint to open (the file associations in package.json's "build"). */
export const openableExtensions = ['.html', '.htm', '.md'] as const;

/**
 * The files among the app's arguments that the system asked Offprint to open, as absolute paths in the order given,
 * each once: existing regular files ending in .html, .htm or .md, named by path (relative to `cwd`) or by a file://
 * URL (Linux desktops pass those). Flags, folders, other files and anything that does not exist are skipped.
 */
export async function filesToOpen(args: readonly string[], cwd: string): Promise<string[]> {
  const candidates = new Set<string>();
  for (const arg of args) {
    const file = fileOf(arg, cwd);
    if (file && isOpenable(file)) candidates.add(file);
  }
  const found: string[] = [];
  for (const file of candidates) if (await isFile(file)) found.push(file);
  return found;
}

function isOpenable(file: string): boolean {
  const extension = path.extname(file).toLowerCase();
  return (openableExtensions as readonly string[]).includes(extension);
}

function fileOf(arg: string, cwd: string): string | undefined {
  if (arg === '' || arg.startsWith('-')) return undefined;
  if (!arg.startsWith('file:')) return path.resolve(cwd, arg);
  try {
    return fileURLToPath(arg);
  } catch {
    return undefined;
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
