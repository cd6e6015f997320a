import type { Reference } from '../../electron/api/contract.ts';
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
