/** Search results and the state of the search index. */
import { z } from 'zod';
import { ReviewSummarySchema } from './review.ts';

/** How far the search index is: whether it answers yet, and how many of the archive's reviews it holds. */
export const SearchStatusSchema = z.object({
  ready: z.boolean(),
  indexed: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

/** Where a search hit's best match is. */
export const SearchFieldSchema = z.enum(['title', 'author', 'series', 'tag', 'outlet', 'references', 'body', 'notes']);

/** A passage of plain text around the match, with the [start, end) offsets of the matched words in it. */
export const SnippetSchema = z.object({
  text: z.string(),
  highlights: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
});

/** One ranked search result: the review's row, where it matched, the passage, and the words to scroll to. */
export const SearchHitSchema = z.object({
  review: ReviewSummarySchema,
  score: z.number(),
  field: SearchFieldSchema,
  snippet: SnippetSchema.nullable(),
  /** The exact words of the first match in the Markdown body, for the article view to find and scroll to. */
  match: z.string().nullable(),
});

export type SearchStatus = z.infer<typeof SearchStatusSchema>;
export type SearchHit = z.infer<typeof SearchHitSchema>;
export type Snippet = z.infer<typeof SnippetSchema>;
