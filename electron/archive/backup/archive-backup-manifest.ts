import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { lockFileName, lockTakeoverFileName, searchFolderName, tempFolderName } from '../archive-layout.ts';

/** The name of the first entry of every whole-archive backup: what it holds, with sizes and checksums. */
export const manifestName = 'offprint-backup.json';

/** The backup format version this code writes and reads. */
export const backupFormatVersion = 1;

/** Top-level names never backed up: the lock, temp files, and the search index (rebuilt from reviews/ on demand). */
const skippedTopLevel = new Set([lockFileName, lockTakeoverFileName, tempFolderName, searchFolderName]);

/** One file of the archive as the manifest lists it: its path inside the archive (with `/`), size and sha256. */
export const BackupFileSchema = z.object({
  path: z.string().min(1).max(4096),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** `offprint-backup.json`: the format, when and by which Offprint the backup was made, and every file in it. */
export const BackupManifestSchema = z.object({
  format: z.literal('offprint-backup'),
  version: z.literal(backupFormatVersion),
  createdAt: z.string(),
  appVersion: z.string(),
  files: z.array(BackupFileSchema),
});

export type BackupFile = z.infer<typeof BackupFileSchema>;
export type BackupManifest = z.infer<typeof BackupManifestSchema>;

/** How far a backup or restore has come, in files and bytes. */
export interface BackupProgress {
  files: number;
  totalFiles: number;
  bytes: number;
  totalBytes: number;
}

/**
 * Whether `entryPath` may name a file of an archive: relative, `/`-separated, no `.` or `..` segment, no empty
 * segment, no backslash or NUL, and not the manifest itself.
 */
export function isSafeEntryPath(entryPath: string): boolean {
  if (entryPath === manifestName || entryPath.startsWith('/') || /[\\\0]/.test(entryPath)) return false;
  if (/^[A-Za-z]:/.test(entryPath)) return false;
  return entryPath.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/**
 * Every regular file of the archive at `dir` that belongs in a backup, as sorted `/`-separated paths: no lock,
 * no `.tmp/` or `*.tmp` file, no search index, no symbolic link.
 */
export async function listArchiveFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(path.join(dir, relative), { withFileTypes: true });
    for (const entry of entries) {
      if (relative === '' && skippedTopLevel.has(entry.name)) continue;
      if (entry.name.endsWith('.tmp')) continue;
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) found.push(child);
    }
  };
  await walk('');
  return found.sort();
}

/** The size and sha256 of one file (archive files are small: a review, a notes file, an image). */
export async function describeFile(dir: string, entryPath: string): Promise<BackupFile> {
  const bytes = await readFile(path.join(dir, ...entryPath.split('/')));
  return { path: entryPath, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** How many files are read at once when describing an archive: enough to keep the disk busy, few enough handles. */
const describing = 16;

/** The size and sha256 of every file in `entryPaths`, in their order, read several at a time. */
export async function describeFiles(dir: string, entryPaths: readonly string[]): Promise<BackupFile[]> {
  const described: BackupFile[] = new Array(entryPaths.length);
  let next = 0;
  const worker = async () => {
    while (next < entryPaths.length) {
      const index = next++;
      described[index] = await describeFile(dir, entryPaths[index] ?? '');
    }
  };
  await Promise.all(Array.from({ length: Math.min(describing, entryPaths.length) }, worker));
  return described;
}
