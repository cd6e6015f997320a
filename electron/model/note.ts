/** Notes and highlights on a review. */
import { z } from 'zod';
import { IdSchema } from './id.ts';
import { ReviewSummarySchema } from './review.ts';

/** The colours a highlight can have. */
export const HighlightColorSchema = z.enum(['yellow', 'green', 'blue', 'pink']);

/**
 * Where a highlight sits in the article body's text content, as W3C Web Annotation selectors: the quoted text
 * with some context around it (TextQuoteSelector) and its character offsets (TextPositionSelector).
 */
export const HighlightSelectorSchema = z.object({
  quote: z.object({
    exact: z.string().min(1).max(20_000),
    prefix: z.string().max(200),
    suffix: z.string().max(200),
  }),
  position: z
    .object({ start: z.number().int().nonnegative(), end: z.number().int().positive() })
    .refine(({ start, end }) => end > start, 'the end of a highlight must come after its start'),
});

/**
 * A note on a review: the free Markdown note (kind "note", also when `kind` is absent, as in older files) or a
 * highlight of a passage (kind "highlight", with its selector, colour, tags and the comment as `body`).
 */
export const NoteSchema = z.object({
  id: IdSchema,
  reviewId: IdSchema,
  body: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  kind: z.enum(['note', 'highlight']).optional(),
  selector: HighlightSelectorSchema.optional(),
  color: HighlightColorSchema.optional(),
  tags: z.array(z.string().trim().min(1).max(100)).max(200).optional(),
});

/** A note or highlight with the review it belongs to, for the list of every note in the archive. */
export const NoteEntrySchema = z.object({
  note: NoteSchema,
  review: ReviewSummarySchema.pick({ id: true, title: true, series: true, issue: true }),
});

export type Note = z.infer<typeof NoteSchema>;
export type NoteEntry = z.infer<typeof NoteEntrySchema>;
export type HighlightSelector = z.infer<typeof HighlightSelectorSchema>;
export type HighlightColor = z.infer<typeof HighlightColorSchema>;
