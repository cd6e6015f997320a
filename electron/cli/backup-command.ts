import { access } from 'node:fs/promises';
import path from 'node:path';
import { resolveArchiveDir } from '../archive/archive-location.ts';
import { acquireArchiveLock } from '../archive/archive-lock.ts';
import { defaultBackupName, writeArchiveBackup } from '../archive/backup/archive-backup.ts';
import { formatSize, progressLines } from '../archive/backup/archive-backup-progress.ts';
import { type IndexSnapshotInfo, listIndexSnapshots } from '../archive/index-snapshots.ts';
import { OffprintError } from '../model/offprint-error.ts';
import { announceWait, requireArchive, withLibrary } from './archive-session.ts';
import { type CliIo, printAnswer } from './cli-io.ts';
import { parseCommandLine, readOptions, UsageError, writeOptions } from './command-line.ts';
import { readVersion } from './usage.ts';

const wholeBackupOptions = { ...writeOptions, out: { type: 'string' } } as const;

/**
 * `offprint backup [--out FILE]`: the whole archive in one file; `offprint backup list` and
 * `offprint backup restore <name>`: the verified copies of the library index.
 */
export async function runBackup(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  if (action === 'list') return listCommand(rest, io);
  if (action === 'restore') return restoreCommand(rest, io);
  if (action === undefined || action.startsWith('-')) return wholeBackupCommand(args, io);
  throw new UsageError(
    `"offprint backup ${action}" is not a backup command; use "backup", "backup list" or "backup restore".`,
  );
}

async function wholeBackupCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, wholeBackupOptions);
  if (positionals.length > 0) {
    throw new UsageError(`"offprint backup" takes its file with --out FILE, but got "${positionals[0]}".`);
  }
  const dir = resolveArchiveDir(values.archive);
  await requireArchive(dir);
  const outFile = path.resolve(values.out ?? defaultBackupName());
  const taken = await access(outFile).then(
    () => true,
    () => false,
  );
  if (taken) throw new OffprintError('conflict', `${outFile} already exists; choose another name with --out FILE.`);
  // The lock keeps every other writer out, so the backup is one consistent moment of the archive.
  const lock = await acquireArchiveLock(dir, { wait: values.wait ?? false, onWait: announceWait(io) });
  try {
    const result = await writeArchiveBackup(dir, outFile, {
      appVersion: await readVersion(),
      onProgress: progressLines((line) => io.stderr.write(line), 'Backing up:'),
    });
    const text = `Backed up ${result.files} files of the archive at ${dir} to ${result.outFile} (${formatSize(result.bytes)}).`;
    printAnswer(io, values.json, result, text);
    return 0;
  } finally {
    await lock.release();
  }
}

async function listCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, readOptions);
  if (positionals.length > 0) {
    throw new UsageError(`"offprint backup list" takes no arguments, but got "${positionals[0]}".`);
  }
  const dir = resolveArchiveDir(values.archive);
  await requireArchive(dir);
  const backups = await listIndexSnapshots(dir);
  if (values.json) io.stdout.write(`${JSON.stringify(backups, null, 2)}\n`);
  else if (backups.length === 0) io.stderr.write(`The archive at ${dir} has no backups yet.\n`);
  else io.stdout.write(backups.map((backup) => `${formatBackupLine(backup)}\n`).join(''));
  return 0;
}

async function restoreCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, writeOptions);
  const [name, extra] = positionals;
  if (name === undefined) {
    throw new UsageError('Name the backup: offprint backup restore <name> (see "offprint backup list").');
  }
  if (extra !== undefined) {
    throw new UsageError(`"offprint backup restore" restores one backup, but got "${extra}" as well.`);
  }
  const session = { mode: 'write', wait: values.wait } as const;
  return withLibrary(resolveArchiveDir(values.archive), session, io, async ({ archive }) => {
    const counts = await archive.restoreBackup(name);
    const text = `Restored ${counts.restored} reviews from ${name}; added ${counts.added} found on disk, dropped ${counts.dropped} whose files are gone.`;
    printAnswer(io, values.json, { name, ...counts }, text);
    return 0;
  });
}

/** A backup's list line: name, kind and when it was made, separated by tabs. */
export function formatBackupLine(backup: IndexSnapshotInfo): string {
  return [backup.name, backup.kind, backup.createdAt].join('\t');
}
