import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { OffprintError } from '../model/offprint-error.ts';
import { ReviewSchema, ReviewSummarySchema } from '../model/review.ts';
import { type Settings, SettingsSchema } from '../model/settings.ts';
import { type IndexData, schemaVersion } from './archive-format.ts';
import { reviewFile } from './archive-layout.ts';

/** What a migration produces: the index in the current format, and settings when the old format held them. */
export interface Migrated {
  index: IndexData;
  settings?: Settings;
}

/**
 * Version 1 kept the settings inside `offprint.json`, so every settings change (the last review opened, the window
 * size) rewrote the whole index; version 2 keeps them in `settings.json`, and index rows carry the review's tags.
 */
const V1IndexSchema = z.object({
  schemaVersion: z.literal(1),
  reviews: z.array(ReviewSummarySchema.omit({ tags: true })),
  settings: SettingsSchema,
  sampleAdded: z.boolean(),
});

async function fromVersion1(dir: string, raw: unknown): Promise<Migrated | null> {
  const parsed = V1IndexSchema.safeParse(raw);
  if (!parsed.success) return null;
  const reviews = await Promise.all(
    parsed.data.reviews.map(async (row) => ({ ...row, tags: await tagsOf(dir, row.id) })),
  );
  return {
    index: { schemaVersion, reviews, sampleAdded: parsed.data.sampleAdded },
    settings: parsed.data.settings,
  };
}

async function tagsOf(dir: string, id: string): Promise<string[]> {
  try {
    const review = ReviewSchema.pick({ tags: true }).safeParse(JSON.parse(await readFile(reviewFile(dir, id), 'utf8')));
    return review.success ? review.data.tags : [];
  } catch {
    return [];
  }
}

const steps: Record<number, (dir: string, raw: unknown) => Promise<Migrated | null>> = { 1: fromVersion1 };

/** Whether this code can migrate an archive of `version` to the current one. */
export function canMigrate(version: number): boolean {
  return version < schemaVersion && version in steps;
}

/**
 * Brings a parsed `offprint.json` of an older version to the current format (nothing is written here); null when
 * the file claims the version but does not have its shape, so it counts as damaged.
 */
export function migrateIndex(dir: string, raw: unknown, version: number): Promise<Migrated | null> {
  const step = steps[version];
  if (!step) throw new OffprintError('unsupported', `Offprint cannot migrate an archive of schema version ${version}.`);
  return step(dir, raw);
}
