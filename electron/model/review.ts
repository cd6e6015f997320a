/** A review as the archive keeps it: its metadata, body and reference list, and the row the library shows. */
import { z } from 'zod';
import { IdSchema } from './id.ts';

/** An author as printed on the review, with the affiliation given in the byline. */
export const AuthorSchema = z.object({
  name: z.string().min(1),
  affiliation: z.string().min(1).optional(),
});

/** One entry of a review's reference list: the line as printed plus what could be parsed. */
export const ReferenceSchema = z.object({
  raw: z.string().min(1),
  title: z.string().optional(),
  authors: z.array(z.string()).optional(),
  container: z.string().optional(),
  issued: z.string().optional(),
  url: z.string().optional(),
  /** The entry as a CSL-JSON item (`article-newspaper` for news), for citation tools. */
  csl: z.record(z.string(), z.unknown()).optional(),
});

/** The row the library list shows; kept in the archive index. */
export const ReviewSummarySchema = z.object({
  id: IdSchema,
  title: z.string().min(1),
  series: z.string().optional(),
  issue: z.string().optional(),
  publishedAt: z.string().optional(),
  authors: z.array(AuthorSchema),
  importedAt: z.string(),
  referenceCount: z.number().int().nonnegative(),
  tags: z.array(z.string()),
  /** Kept in the row so a re-import finds duplicates and earlier versions without reading every review file. */
  contentHash: z.string().optional(),
  sourceUrl: z.string().optional(),
});

/** A whole review: metadata, the Markdown body and its references. */
export const ReviewSchema = ReviewSummarySchema.extend({
  subtitle: z.string().optional(),
  updatedAt: z.string().optional(),
  site: z.string().optional(),
  sourceUrl: z.string().optional(),
  language: z.string().optional(),
  body: z.string(),
  references: z.array(ReferenceSchema),
  contentHash: z.string(),
  /** The "Last Updated" stamp exactly as the page printed it. */
  updatedAtRaw: z.string().optional(),
  /** Where the page sat on its site (the breadcrumb). */
  section: z.string().optional(),
  copyright: z.string().optional(),
  /** The review this one is a newer version of (same source, changed content). */
  previousVersionId: IdSchema.optional(),
  provenance: z.object({
    kind: z.enum(['markdown', 'sample', 'page-text', 'html', 'url']),
    fileName: z.string().optional(),
    url: z.string().optional(),
  }),
});

export type Author = z.infer<typeof AuthorSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type ReviewSummary = z.infer<typeof ReviewSummarySchema>;
export type Review = z.infer<typeof ReviewSchema>;
