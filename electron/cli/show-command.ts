import { resolveArchiveDir } from '../archive/archive-location.ts';
import type { Review } from '../model/review.ts';
import { withLibrary } from './archive-session.ts';
import { callApi } from './call-api.ts';
import type { CliIo } from './cli-io.ts';
import { parseCommandLine, readOptions, UsageError } from './command-line.ts';
import { seriesAndIssue } from './list-command.ts';

/** `offprint show <id>`: the review's header, its Markdown text as is and its numbered references, or JSON. */
export async function runShow(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, readOptions);
  const [id, extra] = positionals;
  if (id === undefined) throw new UsageError('Name the review to show: offprint show <id> (see "offprint list").');
  if (extra !== undefined) throw new UsageError(`"offprint show" shows one review, but got "${extra}" as well.`);
  const dir = resolveArchiveDir(values.archive);
  const review = await withLibrary(dir, { mode: 'read' }, io, ({ api }) => callApi(api, 'getReview', { id }));
  io.stdout.write(values.json ? `${JSON.stringify(review, null, 2)}\n` : formatReview(review));
  return 0;
}

/** A review as plain text: header lines, a blank line, the Markdown body, then "References" numbered from 1. */
export function formatReview(review: Review): string {
  const header = [review.title];
  if (review.subtitle) header.push(review.subtitle);
  const placed = [seriesAndIssue(review), review.publishedAt].filter(Boolean).join(', ');
  if (placed) header.push(placed);
  if (review.authors.length > 0) {
    const names = review.authors.map((a) => (a.affiliation ? `${a.name} (${a.affiliation})` : a.name));
    header.push(`By ${names.join('; ')}`);
  }
  if (review.sourceUrl) header.push(`Source: ${review.sourceUrl}`);
  const parts = [header.join('\n'), review.body.trim()];
  if (review.references.length > 0) {
    const lines = review.references.map((reference, index) => `${index + 1}. ${reference.raw}`);
    parts.push(`References\n${lines.join('\n')}`);
  }
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}
