import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { messageOf } from '../common/messages.ts';
import { formatOfName, type SourceFormat, unsupportedReason } from './import-kind.ts';
import { SkippedFiles } from './skipped-files.ts';

/** A file to import: where it is, how the summary names it, and the images folder of a saved page. */
export interface FoundFile {
  path: string;
  name: string;
  format: SourceFormat;
  localFilesDir?: string;
}

/** What a walk of the named files and folders found. */
export interface FoundFiles {
  files: FoundFile[];
  /** Named paths that cannot be imported (missing, unsupported) and folders that could not be read. */
  failed: Array<{ name: string; reason: string }>;
  skipped: SkippedFiles;
}

const openFolders = 16;

/**
 * Finds what to import in `paths`: each named file, and every supported file below each named folder (hidden
 * ones left out; a page's `<name>_files` folder goes with the page). In a folder, other files are only counted.
 */
export async function findImportFiles(paths: readonly string[]): Promise<FoundFiles> {
  const found: FoundFiles = { files: [], failed: [], skipped: new SkippedFiles() };
  const seen = new Set<string>();
  const limit = createLimit(openFolders);
  for (const named of paths) {
    const absolute = path.resolve(named);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      found.failed.push({ name: named, reason: describeMissing(info) });
    } else if (info.isDirectory()) {
      const files: FoundFile[] = [];
      await walkFolder(absolute, path.basename(absolute), files, found, limit);
      files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const file of files.filter((candidate) => !seen.has(candidate.path))) {
        seen.add(file.path);
        found.files.push(file);
      }
    } else {
      const format = formatOfName(absolute);
      if (!format) found.failed.push({ name: named, reason: unsupportedReason(absolute) });
      else if (!seen.has(absolute)) {
        seen.add(absolute);
        found.files.push(withLocalFiles({ path: absolute, name: named, format }, await siblingFolders(absolute)));
      }
    }
  }
  return found;
}

async function walkFolder(
  folder: string,
  name: string,
  files: FoundFile[],
  found: FoundFiles,
  limit: Limit,
): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await limit(() => readdir(folder, { withFileTypes: true }));
  } catch (error) {
    found.failed.push({ name, reason: `the folder could not be read (${messageOf(error)}).` });
    return;
  }
  const visible = entries.filter((entry) => !entry.name.startsWith('.'));
  const kinds = await Promise.all(visible.map((entry) => kindOf(folder, entry)));
  const folders = new Set(visible.filter((_, i) => kinds[i] === 'folder').map((entry) => entry.name));
  const pages = new Set<string>();
  const subfolders: Promise<void>[] = [];
  visible.forEach((entry, i) => {
    if (kinds[i] !== 'file') return;
    const format = formatOfName(entry.name);
    if (!format) {
      found.skipped.add(entry.name);
      return;
    }
    const file = withLocalFiles(
      { path: path.join(folder, entry.name), name: path.join(name, entry.name), format },
      folders,
    );
    if (file.localFilesDir) pages.add(path.basename(file.localFilesDir));
    files.push(file);
  });
  for (const sub of folders) {
    if (!pages.has(sub)) subfolders.push(walkFolder(path.join(folder, sub), path.join(name, sub), files, found, limit));
  }
  await Promise.all(subfolders);
}

/** Adds the page's `<name>_files` folder when it is an HTML page and `folders` (its siblings) hold one. */
function withLocalFiles(file: FoundFile, folders: ReadonlySet<string>): FoundFile {
  if (file.format !== 'html') return file;
  const filesFolder = `${path.parse(file.path).name}_files`;
  return folders.has(filesFolder) ? { ...file, localFilesDir: path.join(path.dirname(file.path), filesFolder) } : file;
}

/** The folders beside a file that was named on its own. */
async function siblingFolders(file: string): Promise<Set<string>> {
  const entries = await readdir(path.dirname(file), { withFileTypes: true }).catch(() => []);
  return new Set(entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name));
}

/** A file or folder; a link is followed to a file but never to a folder (it could lead back up the tree). */
async function kindOf(folder: string, entry: Dirent): Promise<'file' | 'folder' | 'other'> {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'folder';
  if (!entry.isSymbolicLink()) return 'other';
  const target = await stat(path.join(folder, entry.name)).catch(() => null);
  return target?.isFile() ? 'file' : 'other';
}

function describeMissing(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return 'there is no such file or folder.';
  return `it could not be read (${error.message}).`;
}

type Limit = <T>(run: () => Promise<T>) => Promise<T>;

/** Runs at most `size` tasks at once; the others wait their turn. */
function createLimit(size: number): Limit {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async (run) => {
    if (running >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await run();
    } finally {
      // A waiting task takes over this slot, so no newcomer can slip in between.
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}
