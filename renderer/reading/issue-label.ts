import type { ReviewSummary } from '../../electron/model/review.ts';

/** "#12: Title" for a review reached by series navigation. */
export function issueLabel(review: ReviewSummary): string {
  return review.issue ? `#${review.issue}: ${review.title}` : review.title;
}
