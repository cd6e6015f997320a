import { resolveArchiveDir } from '../archive/archive-location.ts';
import type { ReviewSummary } from '../model/review.ts';
import { withLibrary } from './archive-session.ts';
import { callApi } from './call-api.ts';
import type { CliIo } from './cli-io.ts';
import { parseCommandLine, readOptions, UsageError } from './command-line.ts';

/** `offprint list`: one tab-separated line per review (date, series and issue, title, id), or JSON. */
export async function runList(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, readOptions);
  if (positionals.length > 0) throw new UsageError(`"offprint list" takes no arguments, but got "${positionals[0]}".`);
  const archiveDir = resolveArchiveDir(values.archive);
  const { reviews } = await withLibrary(archiveDir, { mode: 'read' }, io, ({ api }) => callApi(api, 'listReviews', {}));
  const empty = `The archive at ${archiveDir} has no reviews yet; add some with "offprint import FILE.md".`;
  printReviewLines(io, values.json, reviews, empty);
  return 0;
}

/** Prints reviews one line each (or as JSON); when there are none, says `empty` on stderr. */
export function printReviewLines(io: CliIo, json: boolean | undefined, reviews: ReviewSummary[], empty: string): void {
  if (json) {
    io.stdout.write(`${JSON.stringify(reviews, null, 2)}\n`);
  } else if (reviews.length === 0) {
    io.stderr.write(`${empty}\n`);
  } else {
    for (const review of reviews) io.stdout.write(`${formatReviewLine(review)}\n`);
  }
}

/** A review's list line: date, series and issue, title and id, separated by tabs. */
export function formatReviewLine(review: ReviewSummary): string {
  return [review.publishedAt, seriesAndIssue(review), review.title, review.id].map(cell).join('\t');
}

/** "Weekly Media Review #12", or whichever half is known. */
export function seriesAndIssue(review: Pick<ReviewSummary, 'series' | 'issue'>): string | undefined {
  const issue = review.issue ? `#${review.issue}` : undefined;
  return [review.series, issue].filter(Boolean).join(' ') || undefined;
}

function cell(value: string | undefined): string {
  // Tabs and line breaks inside a field would break the columns scripts rely on.
  return value?.replace(/\s+/g, ' ').trim() || '-';
}
