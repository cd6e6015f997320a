import { type CheckReport, checkArchive } from '../archive/archive-check.ts';
import { resolveArchiveDir } from '../archive/archive-location.ts';
import { acquireArchiveLock } from '../archive/archive-lock.ts';
import { announceWait, requireArchive } from './archive-session.ts';
import { type CliIo, printAnswer } from './cli-io.ts';
import { parseCommandLine, UsageError, writeOptions } from './command-line.ts';

/**
 * `offprint check [--repair]`: reads every file of the archive and prints each problem on a line; exit code 0 when
 * none are left. `--repair` takes the archive's lock, fixes what can be fixed and prints what it did.
 */
export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, { ...writeOptions, repair: { type: 'boolean' } });
  if (positionals.length > 0) throw new UsageError(`"offprint check" takes no arguments, but got "${positionals[0]}".`);
  const dir = resolveArchiveDir(values.archive);
  await requireArchive(dir);
  const report = values.repair
    ? await repair(dir, values.wait ?? false, io)
    : await checkArchive(dir, { repair: false });
  printAnswer(io, values.json, report, formatReport(report, values.repair ?? false));
  return report.problems.length > 0 ? 1 : 0;
}

async function repair(dir: string, wait: boolean, io: CliIo): Promise<CheckReport> {
  const lock = await acquireArchiveLock(dir, { wait, onWait: announceWait(io) });
  try {
    return await checkArchive(dir, { repair: true });
  } finally {
    await lock.release();
  }
}

/** What was repaired, then each problem left, one line each; a healthy archive says so. */
export function formatReport(report: CheckReport, repaired: boolean): string {
  const lines = [...report.repaired, ...report.problems];
  if (report.problems.length === 0) lines.push('The archive is healthy.');
  else if (!repaired) lines.push('Run "offprint check --repair" to repair what can be repaired.');
  return lines.join('\n');
}
