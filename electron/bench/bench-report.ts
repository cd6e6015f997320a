import type {
  ArchiveResult,
  LibraryResult,
  MachineInfo,
  NaiveMeasured,
  NaiveResult,
  Outcome,
  SizeResult,
} from './bench-results.ts';
import type { TargetCheck } from './bench-targets.ts';
import type { FrameStats } from './frame-stats.ts';
import type { ImportResult } from './import-measurement.ts';
import type { Timings } from './measure.ts';

/** A duration for people: two decimals under 10 ms, one under a second, then seconds. */
export function formatMs(ms: number): string {
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${ms.toFixed(1)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** A size in megabytes (10^6 bytes). */
function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Lays out rows as columns padded to their widest cell. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('   ')
        .trimEnd(),
    )
    .join('\n');
}

const spread = (t: Timings, max = false) =>
  max ? `${formatMs(t.p50)} / ${formatMs(t.p95)} / ${formatMs(t.max)}` : `${formatMs(t.p50)} / ${formatMs(t.p95)}`;

function naiveCell<T>(naive: NaiveResult, pick: (m: NaiveMeasured) => Outcome<T>, show: (value: T) => string): string {
  if ('skipped' in naive) return 'skipped';
  const outcome = pick(naive);
  return outcome.ok ? show(outcome.value) : `fails: ${outcome.error}`;
}

/** The machine and the run, as the report's heading. */
export function formatMachine(machine: MachineInfo, runMs: number | null): string {
  const lines = [
    `machine:   ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.platform}`,
    `temp dir:  ${machine.tempDir} on ${machine.fileSystem}`,
  ];
  if (runMs !== null) lines.push(`run time:  ${(runMs / 1000).toFixed(0)} s`);
  return lines.join('\n');
}

/** One size's table: the archive, the floors beside it, the single-file baseline, then the library in Chromium. */
export function formatSize(result: SizeResult): string {
  const { size, files, bytes, generateMs, archive, naive, library } = result;
  const heading = `== ${size} reviews: ${files} files, ${formatMegabytes(bytes)}, generated in ${formatMs(generateMs)} ==`;
  const rows = [['measurement', 'offprint archive', 'floor', 'naive lowdb (one file)'], ...archiveRows(archive, naive)];
  const lines = [heading, formatTable(rows)];
  if (archive.ok) {
    const { firstPage, openReviewDropped } = archive.value;
    lines.push(
      `page cache: first page ${firstPage.cold ? 'cold (dropped before each run)' : 'warm (could not drop caches)'}; open review cold pass ${openReviewDropped ? 'cold' : 'warm (could not drop caches)'}`,
    );
    for (const notice of archive.value.notices) lines.push(`archive notice: ${notice}`);
  }
  if ('skipped' in naive) lines.push(`naive lowdb: ${naive.skipped}`);
  else if (naive.fileBytes !== null) lines.push(`naive lowdb file: ${formatMegabytes(naive.fileBytes)}`);
  lines.push(formatLibrary(library));
  return lines.join('\n');
}

const frames = (f: FrameStats) => `${formatMs(f.p50)} / ${formatMs(f.p95)} / ${formatMs(f.max)}`;

/** The library in Chromium: first paint cold and after a reload, scroll frame times, and the last-row proof. */
export function formatLibrary(library: LibraryResult): string {
  if ('skipped' in library) return `library in Chromium: skipped, ${library.skipped}`;
  if (!library.ok) return `library in Chromium: fails: ${library.error}`;
  const l = library.value;
  const quiet = l.quietAfterMs === null ? 'still busy at the limit' : formatMs(l.quietAfterMs);
  return [
    `library in Chromium (${l.browser}):`,
    formatTable([
      [
        'first library paint, first load / reload',
        `${formatMs(l.firstPaintColdMs)} / ${formatMs(l.firstPaintWarmMs)}`,
        '',
      ],
      ["  the reader's opening requests all answered after", quiet, ''],
      [
        `scroll frames p50 / p95 / max, fling ${l.flingStepPx} px a frame`,
        frames(l.fling),
        `dropped ${l.fling.dropped}/${l.fling.count}`,
      ],
      [
        'scroll frames p50 / p95 / max, jumps to the end and back',
        frames(l.jumps),
        `dropped ${l.jumps.dropped}/${l.jumps.count}`,
      ],
      [
        'last review row shown at the end',
        l.lastRowShown ? 'yes' : 'NO',
        `${l.rowsInDom} rows in the DOM, ${l.pageElements} elements in the page`,
      ],
    ]),
  ].join('\n');
}

function archiveRows(archive: Outcome<ArchiveResult>, naive: NaiveResult): string[][] {
  if (!archive.ok) return [['every measurement', `fails: ${archive.error}`, '', '']];
  const a = archive.value;
  return [
    [
      `first page (median of ${a.firstPage.repetitions})`,
      formatMs(a.firstPage.openMs),
      `${formatMs(a.firstPage.floorMs)} read + parse offprint.json`,
      naiveCell(
        naive,
        (m) => m.firstPage,
        (v) => `${formatMs(v.medianMs)} (median of ${v.repetitions}, ${v.cold ? 'cold' : 'warm'})`,
      ),
    ],
    ['  of which lock take + release (warm)', formatMs(a.firstPage.lockMs), '', ''],
    [
      'open review cold, p50 / p95',
      spread(a.openReviewCold),
      '',
      naiveCell(
        naive,
        (m) => m.openReview,
        () => 'in memory after open',
      ),
    ],
    [
      'open review warm, p50 / p95',
      spread(a.openReviewWarm),
      '',
      naiveCell(
        naive,
        (m) => m.openReview,
        (v) => spread(v),
      ),
    ],
    [
      `note save, p50 / p95 / max (n=${a.noteSave.count})`,
      spread(a.noteSave, true),
      `${spread(a.durableWrite, true)} writeFileDurably`,
      naiveCell(
        naive,
        (m) => m.noteSave,
        (v) => `${spread(v, true)} (n=${v.count}, no fsync)`,
      ),
    ],
    ['', '', `${spread(a.handRolledWrite, true)} by hand`, ''],
    [
      'longest main-thread block (ticker pass)',
      formatMs(a.turns.longestMs),
      '',
      naiveCell(
        naive,
        (m) => m.noteSave,
        (v) => formatMs(v.longestTurnMs),
      ),
    ],
    ['  same, GC pauses taken out', formatMs(a.turns.longestWithoutGcMs), '', ''],
    ['  longest GC pause in that pass', formatMs(a.turns.longestGcMs), '', ''],
    ['  turns over 2 ms in that pass', String(a.turns.turnsOver2Ms), '', ''],
    ['worst 1 ms timer delay during timed saves', formatMs(a.eventLoopDelayMs), '', ''],
    ['  longest GC pause in the timed saves', formatMs(a.gcPauseMs), '', ''],
    ['notes file written by the floor', `${a.notesFileBytes} bytes`, '', ''],
  ];
}

/** The targets of the issue, one row each, with each size's figure and an honest met/missed. */
export function formatTargets(targets: readonly TargetCheck[], sizes: readonly number[]): string {
  const show = (value: number | null, unit: '×' | 'ms') =>
    value === null ? 'failed' : unit === 'ms' ? formatMs(value) : `${value.toFixed(2)}×`;
  const rows = [['target', 'limit', ...sizes.map(String), 'verdict']];
  for (const target of targets) {
    const limit = target.unit === 'ms' ? `≤ ${target.limit} ms` : `≤ ${target.limit}×`;
    const cells = sizes.map((size) => {
      const found = target.values.find((value) => value.size === size);
      return found ? `${show(found.value, target.unit)} ${found.met ? 'met' : 'MISSED'}` : '';
    });
    const verdict = target.met === null ? `not judged (${target.note})` : target.met ? 'met' : 'MISSED';
    rows.push([target.name, limit, ...cells, verdict]);
  }
  return `== Targets ==\n${formatTable(rows)}`;
}

/** The import speed: a generated folder imported into an empty archive, then again as duplicates. */
export function formatImport(outcome: Outcome<ImportResult>, files: number): string {
  if (!outcome.ok) return `== Import of ${files} files ==\nfails: ${outcome.error}`;
  const result = outcome.value;
  const failed = result.failed > 0 ? `, ${result.failed} FAILED` : '';
  return [
    `== Import: ${result.files} files (Markdown and page text, about 10 KB each), ${formatMegabytes(result.bytes)} ==`,
    formatTable([
      [
        'into an empty archive (importFiles)',
        formatMs(result.importMs),
        `${result.filesPerSecond.toFixed(0)} files/s, ${result.imported} imported${failed}`,
      ],
      ['the same folder again (all duplicates)', formatMs(result.reimportMs), ''],
    ]),
  ].join('\n');
}
