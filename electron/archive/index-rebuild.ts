import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ReviewSchema, type ReviewSummary } from '../model/review.ts';
import { parseJsonOrUndefined } from './damaged-file.ts';
import { summaryOf } from './review-summary.ts';

/** What a scan of `reviews/` found: a summary row per good file, and the names of files that are damaged. */
export interface ReviewScan {
  rows: ReviewSummary[];
  damaged: string[];
}

const concurrency = 32;

/** Reads every review file in `reviewsDir` and makes its summary row, oldest import first. */
export async function scanReviewFiles(reviewsDir: string): Promise<ReviewScan> {
  const names = (await readdir(reviewsDir).catch(() => [] as string[])).filter((name) => name.endsWith('.json'));
  const rows: ReviewSummary[] = [];
  const damaged: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const name = names[next++] as string;
      const text = await readFile(path.join(reviewsDir, name), 'utf8').catch(() => null);
      const parsed = text === null ? null : ReviewSchema.safeParse(parseJsonOrUndefined(text));
      if (parsed?.success && `${parsed.data.id}.json` === name) rows.push(summaryOf(parsed.data));
      else damaged.push(name);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  rows.sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id));
  return { rows, damaged: damaged.sort() };
}
