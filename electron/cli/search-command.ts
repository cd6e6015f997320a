import type { MethodOutput } from '../api/contract.ts';
import type { Library } from '../api/library.ts';
import { resolveArchiveDir } from '../archive/archive-location.ts';
import { ArchiveLockedError } from '../archive/archive-lock.ts';
import type { SearchHit, Snippet } from '../model/search-hit.ts';
import { withLibrary } from './archive-session.ts';
import { callApi } from './call-api.ts';
import type { CliIo } from './cli-io.ts';
import { parseCommandLine, readOptions, UsageError } from './command-line.ts';
import { seriesAndIssue } from './list-command.ts';

const searchOptions = { ...readOptions, limit: { type: 'string' } } as const;
const defaultLimit = 20;

/**
 * `offprint search "<query>"`: the ranked reviews matching the query, each with where it matched and the passage
 * with the matched words in «», or JSON. Builds the index first when there is none (progress on stderr). Problems
 * in the query (a bad date) are printed on stderr after the results, and the exit code is then 2.
 */
export async function runSearch(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, searchOptions);
  const query = positionals.join(' ').trim();
  if (query === '') throw new UsageError('Give words to search for: offprint search "<query>".');
  const limit = parseLimit(values.limit);
  const dir = resolveArchiveDir(values.archive);
  const search = async (library: Library) => {
    await waitForIndex(library, io);
    return callApi(library.api, 'search', { query, limit });
  };
  // As a writer when the archive is free, so the index built is kept; while another process has it, read-only.
  const result = await withLibrary(dir, { mode: 'write', stayReadOnly: true }, io, search).catch((error: unknown) => {
    if (error instanceof ArchiveLockedError) return withLibrary(dir, { mode: 'read' }, io, search);
    throw error;
  });
  if (values.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else printHits(io, result);
  for (const problem of result.problems) io.stderr.write(`${problem}\n`);
  return result.problems.length > 0 ? 2 : 0;
}

/** A hit as text: its title; series and issue, date, where it matched and id; then the passage. */
export function formatHit(hit: SearchHit): string {
  const { review } = hit;
  const placed = [seriesAndIssue(review), review.publishedAt, `matched in ${hit.field}`, review.id].filter(Boolean);
  const lines = [review.title, `  ${placed.join(' · ')}`];
  if (hit.snippet) lines.push(`  ${markSnippet(hit.snippet).replace(/\s+/g, ' ').trim()}`);
  return lines.join('\n');
}

/** The passage with each matched stretch put between « and ». */
export function markSnippet({ text, highlights }: Snippet): string {
  let marked = '';
  let at = 0;
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    marked += `${text.slice(at, start)}«${text.slice(start, end)}»`;
    at = end;
  }
  return marked + text.slice(at);
}

function printHits(io: CliIo, result: MethodOutput<'search'>): void {
  if (result.hits.length === 0) {
    io.stderr.write('No reviews match.\n');
    return;
  }
  io.stdout.write(`${result.hits.map(formatHit).join('\n\n')}\n`);
  if (result.total > result.hits.length) {
    io.stderr.write(`Showing ${result.hits.length} of ${result.total} matching reviews; use --limit N for more.\n`);
  }
}

function parseLimit(raw: string | undefined): number {
  if (raw === undefined) return defaultLimit;
  const limit = Number(raw);
  if (!/^\d+$/.test(raw) || limit < 1 || limit > 200) {
    throw new UsageError(`--limit takes a whole number from 1 to 200, but got "${raw}".`);
  }
  return limit;
}

/** Waits until the index can answer, telling stderr how far building it has got (about every tenth). */
async function waitForIndex(library: Library, io: CliIo): Promise<void> {
  let shownTenth = -1;
  const stop = library.events.subscribe((event) => {
    if (event.type !== 'search-progress' || event.payload.ready || event.payload.total === 0) return;
    const { indexed, total } = event.payload;
    const tenth = Math.floor((indexed * 10) / total);
    if (tenth === shownTenth) return;
    shownTenth = tenth;
    io.stderr.write(`Indexing ${indexed.toLocaleString('en')} of ${total.toLocaleString('en')} reviews…\n`);
  });
  try {
    await library.search.whenReady();
  } finally {
    stop();
  }
}
