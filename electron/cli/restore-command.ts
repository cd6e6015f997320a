import path from 'node:path';
import { resolveArchiveDir } from '../archive/archive-location.ts';
import { restoreArchiveBackup } from '../archive/backup/archive-backup.ts';
import { progressLines } from '../archive/backup/archive-backup-progress.ts';
import { type CliIo, printAnswer } from './cli-io.ts';
import { parseCommandLine, readOptions, UsageError } from './command-line.ts';

/**
 * `offprint restore FILE [--archive DIR]`: a whole-archive backup made by `offprint backup`, checked in full and
 * then written into DIR, which must be new or empty.
 */
export async function runRestore(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, readOptions);
  const [file, extra] = positionals;
  if (file === undefined) {
    throw new UsageError('Name the backup file: offprint restore FILE [--archive DIR] (DIR must be new or empty).');
  }
  if (extra !== undefined) throw new UsageError(`"offprint restore" restores one backup, but got "${extra}" as well.`);
  const backupFile = path.resolve(file);
  const dir = resolveArchiveDir(values.archive);
  const checking = progressLines((line) => io.stderr.write(line), 'Checking the backup:');
  const restoring = progressLines((line) => io.stderr.write(line), 'Restoring:');
  const { files } = await restoreArchiveBackup(backupFile, dir, {
    onProgress: (progress, stage) => (stage === 'checking' ? checking : restoring)(progress),
  });
  printAnswer(
    io,
    values.json,
    { backupFile, archive: dir, files },
    `Restored ${files} files from ${backupFile} into ${dir}.`,
  );
  return 0;
}
