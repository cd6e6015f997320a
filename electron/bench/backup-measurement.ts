import { execFile } from 'node:child_process';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { openLibrary } from '../api/library.ts';
import { writeArchiveBackup } from '../archive/backup/archive-backup.ts';
import { restoreArchiveBackup } from '../archive/backup/archive-backup-restore.ts';
import { generateArchive } from './generate-archive.ts';

/** Backing up, restoring and exporting one generated archive, beside the system's own `tar czf` of its folder. */
export interface BackupResultAtSize {
  size: number;
  archiveBytes: number;
  backupMs: number;
  backupBytes: number;
  restoreMs: number;
  /** `tar czf` of the same folder: compressing alone, without checksums, read-back or verification. */
  tarMs: number;
  exportBibtexMs: number;
  exportMarkdownMs: number;
}

const run = promisify(execFile);

/** Generates an archive of `size` reviews under `root` and measures each step once (they are long enough). */
export async function measureBackup(
  root: string,
  size: number,
  log: (line: string) => void,
): Promise<BackupResultAtSize> {
  const folder = path.join(root, `backup-${size}`);
  await mkdir(folder, { recursive: true });
  try {
    log(`backup: generating ${size} reviews…`);
    const generated = await generateArchive(path.join(folder, 'archive'), size, 19 + size);
    const timed = async (work: () => Promise<unknown>) => {
      const start = performance.now();
      await work();
      return performance.now() - start;
    };
    log(`backup: ${size} reviews, tar floor, backup, restore…`);
    const tarMs = await timed(() => run('tar', ['czf', path.join(folder, 'floor.tar.gz'), '-C', generated.dir, '.']));
    const backupFile = path.join(folder, 'backup.tar.gz');
    const backupMs = await timed(() => writeArchiveBackup(generated.dir, backupFile));
    const restoreMs = await timed(() => restoreArchiveBackup(backupFile, path.join(folder, 'restored')));
    log(`backup: ${size} reviews, exports…`);
    const library = await openLibrary(generated.dir, { addSample: false });
    try {
      const ids = generated.reviewIds;
      const exportBibtexMs = await timed(() => library.api.exportReviews({ ids, format: 'bibtex' }));
      const exportMarkdownMs = await timed(() => library.api.exportReviews({ ids, format: 'markdown' }));
      return {
        size,
        archiveBytes: generated.bytes,
        backupMs,
        backupBytes: (await stat(backupFile)).size,
        restoreMs,
        tarMs,
        exportBibtexMs,
        exportMarkdownMs,
      };
    } finally {
      await library.close();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
