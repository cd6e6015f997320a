import { resolveArchiveDir } from '../archive/archive-location.ts';
import { type BackupInfo, listBackups } from '../archive/backups.ts';
import { requireArchive, withLibrary } from './archive-session.ts';
import { type CliIo, printAnswer } from './cli-io.ts';
import { parseCommandLine, readOptions, UsageError, writeOptions } from './command-line.ts';

/** `offprint backup list` and `offprint backup restore <name>`: the verified copies of the library index. */
export async function runBackup(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  if (action === 'list') return listCommand(rest, io);
  if (action === 'restore') return restoreCommand(rest, io);
  if (action === undefined || action.startsWith('-')) {
    throw new UsageError('Say what to do with backups: offprint backup list or offprint backup restore <name>.');
  }
  throw new UsageError(`"offprint backup ${action}" is not a backup command; use "backup list" or "backup restore".`);
}

async function listCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, readOptions);
  if (positionals.length > 0) {
    throw new UsageError(`"offprint backup list" takes no arguments, but got "${positionals[0]}".`);
  }
  const dir = resolveArchiveDir(values.archive);
  await requireArchive(dir);
  const backups = await listBackups(dir);
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
export function formatBackupLine(backup: BackupInfo): string {
  return [backup.name, backup.kind, backup.createdAt].join('\t');
}
