import type { Review, ReviewSummary } from '../model/review.ts';

/** The index row of a review: what the library list needs, without the body and references. */
export function summaryOf(review: Review): ReviewSummary {
  const { id, title, series, issue, publishedAt, authors, importedAt, referenceCount, tags, contentHash, sourceUrl } =
    review;
  const row: ReviewSummary = { id, title, authors, importedAt, referenceCount, tags, contentHash };
  if (series !== undefined) row.series = series;
  if (issue !== undefined) row.issue = issue;
  if (publishedAt !== undefined) row.publishedAt = publishedAt;
  if (sourceUrl !== undefined) row.sourceUrl = sourceUrl;
  return row;
}
