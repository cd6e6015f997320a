import type { BackupResultAtSize } from './backup-measurement.ts';
import { formatMs, formatTable } from './bench-report.ts';
import type { Outcome } from './bench-results.ts';

/** The backup table: one column per size, the backup and restore beside a plain `tar czf` of the same folder. */
export function formatBackup(outcomes: readonly Outcome<BackupResultAtSize>[]): string {
  const results = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.value] : []));
  const failed = outcomes.flatMap((outcome) => (outcome.ok ? [] : [`backup: could not be measured: ${outcome.error}`]));
  if (results.length === 0) return failed.join('\n');
  const row = (label: string, cell: (result: BackupResultAtSize) => string) => [label, ...results.map(cell)];
  const ratio = (ms: number, floor: number) => `${formatMs(ms)} (${(ms / floor).toFixed(1)}× tar)`;
  const table = formatTable([
    ['backup, restore and export', ...results.map((result) => `${result.size} reviews`)],
    row('archive on disk; backup file', (r) => `${mb(r.archiveBytes)}; ${mb(r.backupBytes)}`),
    row('tar czf of the folder (floor)', (r) => formatMs(r.tarMs)),
    row('offprint backup (checksums, write, read back)', (r) => ratio(r.backupMs, r.tarMs)),
    row('offprint restore (check, write, check, rename)', (r) => ratio(r.restoreMs, r.tarMs)),
    row('export every review as BibTeX', (r) => formatMs(r.exportBibtexMs)),
    row('export every review as Markdown', (r) => formatMs(r.exportMarkdownMs)),
  ]);
  return [table, ...failed].join('\n');
}

function mb(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
