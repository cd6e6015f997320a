import { writeFile } from 'node:fs/promises';
import { generateReviews } from '../fake-data/fake-review.ts';
import type { Note } from '../model/note.ts';
import type { Review } from '../model/review.ts';

/** The naive layout: the whole archive in one lowdb JSON file. */
export interface NaiveData {
  reviews: Review[];
  notes: Record<string, Note[]>;
}

/** Above this size the single file is not generated: V8 cannot hold a string much longer (0x1fffffe8 chars). */
const naiveLimitBytes = 500_000_000;

const sampleSize = 20;

/** Why the naive file is not generated at this estimated size, or null when it is. */
export function naiveSkipReason(estimatedBytes: number, limit = naiveLimitBytes): string | null {
  if (estimatedBytes <= limit) return null;
  const mb = (bytes: number) => `${Math.round(bytes / 1_000_000)} MB`;
  return `not generated: one file of about ${mb(estimatedBytes)} is over ${mb(limit)}; a JavaScript string holds at most 512 MiB, so lowdb could neither read it (readFile as text) nor write it (JSON.stringify)`;
}

/** Estimates the size of the naive file for `count` reviews from the first few, formatted as lowdb writes them. */
export function estimateNaiveBytes(seed: number, count: number): number {
  let bytes = 0;
  let sampled = 0;
  for (const { review, notes } of generateReviews(seed, Math.min(count, sampleSize))) {
    bytes += Buffer.byteLength(JSON.stringify({ reviews: [review], notes: { [review.id]: notes } }, null, 2));
    sampled++;
  }
  return sampled === 0 ? 0 : Math.round((bytes / sampled) * count);
}

/** Writes the naive file once, as lowdb's JSONFile would (two-space indented JSON); answers its size in bytes. */
export async function writeNaiveArchive(file: string, seed: number, count: number): Promise<number> {
  const data: NaiveData = { reviews: [], notes: {} };
  for (const { review, notes } of generateReviews(seed, count)) {
    data.reviews.push(review);
    data.notes[review.id] = notes;
  }
  const text = JSON.stringify(data, null, 2);
  await writeFile(file, text);
  return Buffer.byteLength(text);
}
