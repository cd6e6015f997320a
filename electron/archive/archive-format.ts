import { z } from 'zod';
import { NoteSchema } from '../model/note.ts';
import { ReviewSummarySchema } from '../model/review.ts';

/** The schema version this code writes into `offprint.json`; older archives are migrated on opening. */
export const schemaVersion = 2;

/** `offprint.json`: the schema version, one summary row per review (import order), and archive flags. */
export const IndexSchema = z.object({
  schemaVersion: z.literal(schemaVersion),
  reviews: z.array(ReviewSummarySchema),
  sampleAdded: z.boolean(),
});

/** `notes/<id>.json`: the notes on one review. */
export const NotesFileSchema = z.object({ notes: z.array(NoteSchema) });

export type IndexData = z.infer<typeof IndexSchema>;
export type NotesFile = z.infer<typeof NotesFileSchema>;

const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * A fast shape check of a parsed index, cheap enough for 100,000 rows on every opening: the fields whose
 * wrong value could do harm (ids become file names). `offprint check` runs the full schema.
 */
export function looksLikeIndex(value: unknown): value is IndexData {
  if (!value || typeof value !== 'object') return false;
  const index = value as Record<string, unknown>;
  if (index.schemaVersion !== schemaVersion || typeof index.sampleAdded !== 'boolean') return false;
  if (!Array.isArray(index.reviews)) return false;
  return index.reviews.every(
    (row: Record<string, unknown> | null) =>
      !!row &&
      typeof row.id === 'string' &&
      idPattern.test(row.id) &&
      typeof row.title === 'string' &&
      Array.isArray(row.authors) &&
      Array.isArray(row.tags),
  );
}

/** The schema version a parsed `offprint.json` claims, or undefined when it claims none. */
export function versionOf(value: unknown): number | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const version = (value as Record<string, unknown>).schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) ? version : undefined;
}
