import type { ReviewSummary } from '../../electron/model/review.ts';

/** One fixed-height line of the library list: a review, a series heading, or the issues missing between two. */
export type LibraryItem =
  | { kind: 'review'; key: string; review: ReviewSummary }
  | { kind: 'series'; key: string; label: string; count: number }
  | { kind: 'gap'; key: string; label: string };

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const noSeries = 'No series';

/** The reviews as list lines, one per review, in the given order. */
export function reviewItems(reviews: ReviewSummary[]): LibraryItem[] {
  return reviews.map((review) => ({ kind: 'review', key: review.id, review }));
}

function issueNumber(review: ReviewSummary): number | undefined {
  return review.issue && /^\d+$/.test(review.issue.trim()) ? Number(review.issue) : undefined;
}

function byIssue(a: ReviewSummary, b: ReviewSummary): number {
  const left = issueNumber(a);
  const right = issueNumber(b);
  if (left !== undefined && right !== undefined && left !== right) return left - right;
  if (left === undefined && right !== undefined) return 1;
  if (left !== undefined && right === undefined) return -1;
  return collator.compare(a.issue ?? '', b.issue ?? '') || collator.compare(a.title, b.title);
}

/** The label of the issues missing strictly between two present issue numbers: `#37 missing`, `#37–#39 missing`. */
export function gapLabel(before: number, after: number): string {
  const first = before + 1;
  const last = after - 1;
  return first === last ? `#${first} missing` : `#${first}–#${last} missing`;
}

/** The reviews grouped by series (by name, reviews without one last), each in issue order with its gaps shown. */
export function seriesItems(reviews: ReviewSummary[]): LibraryItem[] {
  const groups = new Map<string, ReviewSummary[]>();
  for (const review of reviews) {
    const name = review.series ?? noSeries;
    groups.set(name, [...(groups.get(name) ?? []), review]);
  }
  const names = [...groups.keys()].sort((a, b) => (a === noSeries ? 1 : b === noSeries ? -1 : collator.compare(a, b)));
  const items: LibraryItem[] = [];
  for (const name of names) {
    const members = (groups.get(name) ?? []).sort(byIssue);
    items.push({ kind: 'series', key: `series:${name}`, label: name, count: members.length });
    let previous: number | undefined;
    for (const review of members) {
      const current = issueNumber(review);
      if (name !== noSeries && previous !== undefined && current !== undefined && current > previous + 1) {
        items.push({ kind: 'gap', key: `gap:${name}:${previous}`, label: gapLabel(previous, current) });
      }
      items.push({ kind: 'review', key: review.id, review });
      previous = current ?? previous;
    }
  }
  return items;
}
