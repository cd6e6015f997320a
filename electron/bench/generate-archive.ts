import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type IndexData, schemaVersion } from '../archive/archive-format.ts';
import { reviewStatesFolderName, tempFolderName } from '../archive/archive-layout.ts';
import { countNotes, shardOf } from '../archive/review-states.ts';
import { summaryOf } from '../archive/review-summary.ts';
import { type GeneratedReview, generateReviews } from '../fake-data/fake-review.ts';
import type { ReviewSummary } from '../model/review.ts';
import { SettingsSchema } from '../model/settings.ts';

/** What was written: the review ids in import order, and how many files and bytes. */
export interface GeneratedArchive {
  dir: string;
  reviewIds: string[];
  files: number;
  bytes: number;
}

const writers = 16;

/**
 * Writes an archive of `count` generated reviews straight into `dir` in the on-disk format (schema version 2):
 * fixture generation, so plain writes without fsync, many at a time, and the index written once at the end.
 */
export async function generateArchive(dir: string, count: number, seed: number): Promise<GeneratedArchive> {
  for (const folder of ['reviews', 'notes', 'trash', 'backups', tempFolderName]) {
    await mkdir(path.join(dir, folder), { recursive: true });
  }
  const rows: ReviewSummary[] = new Array(count);
  const shards = new Map<string, Record<string, { notes: number; highlights: number }>>();
  let bytes = 0;
  const write = async (file: string, data: unknown) => {
    const text = JSON.stringify(data);
    bytes += Buffer.byteLength(text);
    await writeFile(path.join(dir, file), text);
  };
  const items = generateReviews(seed, count);
  const writer = async () => {
    for (let next = items.next(); !next.done; next = items.next()) {
      const { index, review, notes }: GeneratedReview = next.value;
      rows[index] = summaryOf(review);
      await write(path.join('reviews', `${review.id}.json`), review);
      await write(path.join('notes', `${review.id}.json`), { notes });
      const shard = shardOf(review.id);
      const entries = shards.get(shard) ?? {};
      entries[review.id] = countNotes(notes);
      shards.set(shard, entries);
    }
  };
  await Promise.all(Array.from({ length: writers }, writer));
  const index: IndexData = { schemaVersion, reviews: rows, sampleAdded: true };
  await write('offprint.json', index);
  await write('settings.json', SettingsSchema.parse({}));
  await mkdir(path.join(dir, reviewStatesFolderName));
  for (const [shard, reviews] of shards) await write(path.join(reviewStatesFolderName, `${shard}.json`), { reviews });
  return { dir, reviewIds: rows.map((row) => row.id), files: count * 2 + 2 + shards.size, bytes };
}
