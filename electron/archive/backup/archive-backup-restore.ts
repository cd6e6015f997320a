import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { messageOf } from '../../common/messages.ts';
import { OffprintError } from '../../model/offprint-error.ts';
import { syncFile, syncFolder } from '../durable-file.ts';
import type { BackupProgress } from './archive-backup-manifest.ts';
import { readArchiveBackup } from './archive-backup-reader.ts';

/** The two passes of a restore: the whole backup is checked before anything is written, then written. */
export type RestoreStage = 'checking' | 'restoring';

/**
 * Restores the backup at `backupFile` into `targetDir`, which must not exist or be an empty folder. The whole
 * backup is verified first; then it is written into a temp folder beside the target and renamed into place, so
 * on any refusal or failure nothing is written to the target.
 */
export async function restoreArchiveBackup(
  backupFile: string,
  targetDir: string,
  options: { onProgress?: (progress: BackupProgress, stage: RestoreStage) => void } = {},
): Promise<{ files: number }> {
  const target = path.resolve(targetDir);
  await requireEmptyTarget(target);
  await readArchiveBackup(backupFile, { onProgress: (progress) => options.onProgress?.(progress, 'checking') });
  const parent = path.dirname(target);
  const temp = path.join(parent, `.${path.basename(target)}.restoring-${randomBytes(4).toString('hex')}`);
  const writes = new WritesInFlight();
  try {
    await mkdir(temp, { recursive: true });
    const manifest = await readArchiveBackup(backupFile, {
      visit: (file, bytes) => writes.add(writeRestoredFile(temp, file.path, bytes)),
      onProgress: (progress) => options.onProgress?.(progress, 'restoring'),
    });
    await writes.finish();
    const existing = await requireEmptyTarget(target);
    if (existing) await rmdir(target);
    await rename(temp, target);
    await syncFolder(parent);
    return { files: manifest.files.length };
  } catch (error) {
    // The writes still under way end first, so none of them puts a file back after the temp folder is gone.
    await writes.finish().catch(() => undefined);
    await rm(temp, { recursive: true, force: true });
    throw describeRestoreError(error, target);
  }
}

/** Refuses a target that holds anything; answers whether it exists (as an empty folder). */
async function requireEmptyTarget(target: string): Promise<boolean> {
  const info = await lstat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw describeRestoreError(error, target);
  });
  if (!info) return false;
  if (!info.isDirectory())
    throw new OffprintError('invalid-input', `${target} is a file, not a folder; restore into a new folder.`);
  if ((await readdir(target)).length > 0)
    throw new OffprintError('conflict', `${target} is not empty; restore into a new folder.`);
  return true;
}

/**
 * Files being written and synced, several at a time: each waits on the disk, so a restore of many small files
 * keeps it busy instead of syncing one file after another. A failed write fails the next `add` or `finish`.
 */
class WritesInFlight {
  readonly #pending = new Set<Promise<void>>();
  static readonly limit = 16;

  /** Starts tracking `write`; waits while the limit is reached. */
  async add(write: Promise<void>): Promise<void> {
    this.#pending.add(write);
    write.then(
      () => this.#pending.delete(write),
      () => undefined,
    );
    if (this.#pending.size >= WritesInFlight.limit) await Promise.race(this.#pending);
  }

  /** Waits for every write still under way; rejects with the first that failed. */
  async finish(): Promise<void> {
    await Promise.all(this.#pending);
  }
}

async function writeRestoredFile(root: string, entryPath: string, bytes: Buffer): Promise<void> {
  const file = path.join(root, ...entryPath.split('/'));
  await mkdir(path.dirname(file), { recursive: true });
  await syncFile(file, 'wx', bytes);
}

function describeRestoreError(error: unknown, target: string): Error {
  if (error instanceof OffprintError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const parent = path.dirname(target);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new OffprintError(
      'io',
      `Could not restore into ${target}: Offprint may not write to ${parent}. Choose another.`,
    );
  }
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new OffprintError(
      'io',
      `Could not restore into ${target}: the disk is full. Free some space and try again.`,
    );
  }
  return new OffprintError('io', `Could not restore into ${target} (${messageOf(error)}); nothing was written there.`);
}
