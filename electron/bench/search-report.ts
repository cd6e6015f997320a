import { formatMs, formatTable } from './bench-report.ts';
import type { Outcome } from './bench-results.ts';
import type { SearchResultAtSize } from './search-measurement.ts';

/** The targets issue 6 sets for search at 50,000 reviews. */
export const searchTargets = { queryP95Ms: 50, speedup: 15, loadMs: 5000, memoryRatio: 1.5, addP95Ms: 10 };

/** The search table: one column per size, with each target's verdict. */
export function formatSearch(outcomes: readonly Outcome<SearchResultAtSize>[]): string {
  const results = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.value] : []));
  const failed = outcomes.flatMap((outcome) => (outcome.ok ? [] : [`search: could not be measured: ${outcome.error}`]));
  if (results.length === 0) return failed.join('\n');
  const row = (label: string, cell: (result: SearchResultAtSize) => string) => [label, ...results.map(cell)];
  const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
  const table = formatTable([
    ['search (in memory, then saved and loaded)', ...results.map((result) => `${result.size} reviews`)],
    row('indexed text', (r) => `${(r.textChars / 1_000_000).toFixed(1)} M chars`),
    row('build, all reviews', (r) => formatMs(r.buildMs)),
    row(
      `add one review p50 / p95 (≤ ${searchTargets.addP95Ms} ms)`,
      (r) => `${formatMs(r.add.p50)} / ${formatMs(r.add.p95)} ${verdict(r.add.p95 <= searchTargets.addP95Ms)}`,
    ),
    row(
      'save; files on disk; largest file',
      (r) => `${formatMs(r.saveMs)}; ${mb(r.savedBytes)}; ${mb(r.largestFileBytes)}`,
    ),
    row(
      `load until ready (≤ ${searchTargets.loadMs / 1000} s)`,
      (r) => `${formatMs(r.loadMs)} ${verdict(r.loadMs <= searchTargets.loadMs)}`,
    ),
    row('first query after loading', (r) => formatMs(r.firstQueryMs)),
    row(`index memory ÷ text (UTF-16) (≤ ${searchTargets.memoryRatio}×)`, (r) => {
      const ratio = r.memoryBytes / (r.textChars * 2);
      return `${mb(r.memoryBytes)}, ${ratio.toFixed(2)}× ${verdict(ratio <= searchTargets.memoryRatio)}`;
    }),
    row(
      `query p50 / p95, all ${'kinds'} (≤ ${searchTargets.queryP95Ms} ms)`,
      (r) => `${formatMs(r.query.p50)} / ${formatMs(r.query.p95)} ${verdict(r.query.p95 <= searchTargets.queryP95Ms)}`,
    ),
    ...(['words', 'prefix', 'phrase', 'field', 'typo'] as const).map((kind) =>
      row(`  ${kind}, p50 / p95`, (r) => `${formatMs(r.queryByKind[kind].p50)} / ${formatMs(r.queryByKind[kind].p95)}`),
    ),
    row('brute-force scan p50 / p95 (words, phrases)', (r) => `${formatMs(r.scan.p50)} / ${formatMs(r.scan.p95)}`),
    row('index on the same queries p95', (r) => formatMs(r.sameQueries.p95)),
    row(
      `scan ÷ index, p95 (≥ ${searchTargets.speedup}×)`,
      (r) => `${r.speedup.toFixed(0)}× ${verdict(r.speedup >= searchTargets.speedup)}`,
    ),
  ]);
  return [table, ...failed].join('\n');
}

function mb(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
