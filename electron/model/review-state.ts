/** What the reader has done with a review (counts, reading position, read mark). */
import { z } from 'zod';
import { IdSchema } from './id.ts';

/**
 * What the reader has done with a review: how many notes and highlights it has, how far down it was read, and
 * when it was finished (no `readAt` means unread).
 */
export const ReviewStateSchema = z.object({
  id: IdSchema,
  notes: z.number().int().nonnegative(),
  highlights: z.number().int().nonnegative(),
  readAt: z.string().optional(),
  /** How far down the article the reader was, from 0 (its top) to 1 (its end). */
  position: z.number().min(0).max(1).optional(),
});

export type ReviewState = z.infer<typeof ReviewStateSchema>;
