import { randomBytes } from 'node:crypto';
import { mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { create } from 'tar';
import { messageOf } from '../../common/messages.ts';
import { OffprintError } from '../../model/offprint-error.ts';
import { syncFile, syncFolder } from '../durable-file.ts';
import {
  type BackupManifest,
  type BackupProgress,
  backupFormatVersion,
  describeFiles,
  listArchiveFiles,
  manifestName,
} from './archive-backup-manifest.ts';
import { verifyArchiveBackup } from './archive-backup-reader.ts';

export type { BackupManifest, BackupProgress } from './archive-backup-manifest.ts';
export { verifyArchiveBackup } from './archive-backup-reader.ts';
export { restoreArchiveBackup } from './archive-backup-restore.ts';

/** How a whole-archive backup is written. */
export interface BackupOptions {
  /** Told as files are checksummed and packed. */
  onProgress?: (progress: BackupProgress) => void;
  /** The Offprint version recorded in the manifest. */
  appVersion?: string;
  now?: Date;
}

/** What a finished backup holds: how many files, how big the backup file is, and where it is. */
export interface BackupResult {
  files: number;
  bytes: number;
  outFile: string;
}

/**
 * Writes every file of the archive at `archiveDir` (index, reviews, notes, assets, states, settings, trash, index
 * backups; not the search index, which is rebuilt) into one gzip-compressed tar at `outFile`, its manifest first.
 * The caller holds the archive so nothing changes meanwhile. The file is written beside `outFile`, read back and
 * verified, then renamed into place; on failure nothing is left behind.
 */
export async function writeArchiveBackup(
  archiveDir: string,
  outFile: string,
  options: BackupOptions = {},
): Promise<BackupResult> {
  const target = path.resolve(outFile);
  const { paths, files, totalBytes } = await describeArchive(archiveDir);
  const totalFiles = paths.length;
  const manifest: BackupManifest = {
    format: 'offprint-backup',
    version: backupFormatVersion,
    createdAt: (options.now ?? new Date()).toISOString(),
    appVersion: options.appVersion ?? 'unknown',
    files,
  };
  const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.partial`;
  const staging = await mkdtemp(path.join(os.tmpdir(), 'offprint-backup-manifest-'));
  try {
    const manifestFile = path.join(staging, manifestName);
    await writeFile(manifestFile, JSON.stringify(manifest, null, 2));
    const progress: BackupProgress = { files: 0, totalFiles, bytes: 0, totalBytes };
    const sizes = new Map(files.map((file) => [file.path, file.size]));
    await create(
      {
        gzip: true,
        file: temp,
        cwd: archiveDir,
        portable: true,
        linkCache: new ForgetfulLinkCache(),
        onWriteEntry: (entry) => {
          if (path.resolve(entry.absolute) === manifestFile) {
            entry.path = manifestName;
            return;
          }
          progress.files += 1;
          progress.bytes += sizes.get(entry.path) ?? 0;
          options.onProgress?.({ ...progress });
        },
      },
      [path.relative(archiveDir, manifestFile), ...paths],
    );
    await syncFile(temp, 'r+');
    await verifyArchiveBackup(temp).catch((error: unknown) => {
      throw new OffprintError(
        'damaged',
        `The backup did not read back correctly (${messageOf(error)}); nothing was kept. Try again.`,
      );
    });
    await rename(temp, target);
    await syncFolder(path.dirname(target));
    return { files: totalFiles, bytes: (await stat(target)).size, outFile: target };
  } catch (error) {
    // Cleaning up must not hide why the backup failed.
    await rm(temp, { force: true }).catch(() => undefined);
    throw describeBackupError(error, target, temp);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** A link cache that remembers nothing, so a hard-linked file is packed as a plain file (all a restore accepts). */
class ForgetfulLinkCache extends Map<`${number}:${number}`, string> {
  override set(): this {
    return this;
  }
}

/** The default name of a backup made now: `offprint-backup-YYYY-MM-DD-HHMM.tar.gz`, in local time. */
export function defaultBackupName(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `offprint-backup-${day}-${pad(now.getHours())}${pad(now.getMinutes())}.tar.gz`;
}

async function describeArchive(archiveDir: string) {
  try {
    const paths = await listArchiveFiles(archiveDir);
    const files = await describeFiles(archiveDir, paths);
    return { paths, files, totalBytes: files.reduce((sum, file) => sum + file.size, 0) };
  } catch (error) {
    throw new OffprintError(
      'io',
      `Could not read the archive at ${archiveDir} (${messageOf(error)}); nothing was written.`,
    );
  }
}

function describeBackupError(error: unknown, target: string, temp: string): Error {
  if (error instanceof OffprintError) return error;
  const { code, path: failedPath } = (error ?? {}) as NodeJS.ErrnoException;
  const folder = path.dirname(target);
  if (code === 'ENOENT' && failedPath !== undefined && path.resolve(failedPath) !== temp) {
    return new OffprintError(
      'io',
      `A file of the archive went away while it was being backed up (${failedPath}); try again.`,
    );
  }
  switch (code) {
    case 'ENOENT':
      return new OffprintError(
        'io',
        `Could not write the backup: the folder ${folder} does not exist. Choose another.`,
      );
    case 'ENOTDIR':
      return new OffprintError('io', `Could not write the backup: ${folder} is not a folder. Choose another.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new OffprintError(
        'io',
        `Could not write the backup: Offprint may not write to ${folder}. Choose another.`,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new OffprintError(
        'io',
        `Could not write the backup to ${folder}: the disk is full. Free some space first.`,
      );
    default:
      return new OffprintError('io', `Could not write the backup ${target} (${messageOf(error)}).`);
  }
}
