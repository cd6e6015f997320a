import type { Author } from '../../electron/model/review.ts';

/** The series line of an article header: `Weekly Media Review · No. 12`. */
export function seriesLine(series: string | undefined, issue: string | undefined): string {
  const number = issue ? `No. ${issue}` : '';
  return [series, number].filter(Boolean).join(' · ');
}

/** The short series label of a library row: `Weekly Media Review #12`. */
export function seriesLabel(series: string | undefined, issue: string | undefined): string {
  if (series && issue) return `${series} #${issue}`;
  if (issue) return `#${issue}`;
  return series ?? '';
}

/** The author names of a review, joined for a one-line listing. */
export function authorNames(authors: Author[]): string {
  return authors.map((author) => author.name).join(', ');
}

const conjunction = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** Joins names as printed in prose: `A`, `A and B`, `A, B and C`. */
export function joinNames(names: string[]): string {
  return conjunction.format(names);
}
