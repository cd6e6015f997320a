import type { ReviewSummary } from '../../electron/model/review.ts';

/** The reviews just before and after one in its series, by numeric issue (missing issues are skipped over). */
export interface SeriesNeighbours {
  previous: ReviewSummary | undefined;
  next: ReviewSummary | undefined;
}

/** Finds the previous and next issue of `openId`'s series; none for a review without a series or a numeric issue. */
export function findSeriesNeighbours(reviews: readonly ReviewSummary[], openId: string | undefined): SeriesNeighbours {
  const open = reviews.find((review) => review.id === openId);
  const none = { previous: undefined, next: undefined };
  const number = open && issueNumber(open);
  if (!open?.series || number === undefined) return none;
  let previous: [number, ReviewSummary] | undefined;
  let next: [number, ReviewSummary] | undefined;
  for (const review of reviews) {
    const other = issueNumber(review);
    if (review.series !== open.series || other === undefined || review.id === open.id) continue;
    if (other < number && (!previous || other > previous[0])) previous = [other, review];
    if (other > number && (!next || other < next[0])) next = [other, review];
  }
  return { previous: previous?.[1], next: next?.[1] };
}

/** Every review of `series`, in issue order (reviews without a numeric issue last, by date). */
export function seriesMembers(reviews: readonly ReviewSummary[], series: string): ReviewSummary[] {
  const rank = (review: ReviewSummary) => issueNumber(review) ?? Number.POSITIVE_INFINITY;
  return reviews
    .filter((review) => review.series === series)
    .sort((a, b) => rank(a) - rank(b) || (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''));
}

function issueNumber(review: ReviewSummary): number | undefined {
  const value = Number.parseFloat(review.issue ?? '');
  return Number.isFinite(value) ? value : undefined;
}
