import type { Reference, ReviewSummary } from '../../electron/model/review.ts';
import { formatDate } from '../format/format-date.ts';
import { joinNames } from '../format/review-labels.ts';

/** A reference as one plain line to paste elsewhere: `Author, “Title”, Outlet, 30 August 2002`; the raw line when unparsed. */
export function plainCitation(reference: Reference): string {
  const { raw, title, authors, container, issued } = reference;
  if (!title) return raw;
  const parts = [
    authors && authors.length > 0 ? joinNames(authors) : undefined,
    `“${title}”`,
    container,
    issued ? formatDate(issued) : undefined,
  ];
  return parts.filter((part): part is string => Boolean(part)).join(', ');
}

/** A review itself as one plain line: `Author, “Title”, Series No. 12, 30 August 2002, address`. */
export function reviewCitation(review: ReviewSummary): string {
  const { title, authors, series, issue, publishedAt, sourceUrl } = review;
  const parts = [
    authors.length > 0 ? joinNames(authors.map((author) => author.name)) : undefined,
    `“${title}”`,
    [series, issue ? `No. ${issue}` : undefined].filter(Boolean).join(' ') || undefined,
    publishedAt ? formatDate(publishedAt) : undefined,
    sourceUrl,
  ];
  return parts.filter((part): part is string => Boolean(part)).join(', ');
}
