import type { Reference, Review } from '../model/review.ts';
import { toCslItem } from '../references/csl-item.ts';
import { splitPersonName } from '../references/person-name.ts';

/** A CSL-JSON item with the id every export format keys it by. */
export type CitationItem = Record<string, unknown> & { id: string };

/** Each review as one CSL item followed by its references, ids `<reviewId>` and `<reviewId>-ref-<n>` (from 1). */
export function toCitationItems(reviews: Review[]): CitationItem[] {
  return reviews.flatMap((review) => [
    reviewItem(review),
    ...review.references.map((reference, index) => referenceItem(reference, `${review.id}-ref-${index + 1}`)),
  ]);
}

function reviewItem(review: Review): CitationItem {
  const item: CitationItem = { id: review.id, type: 'article-magazine', title: review.title };
  if (review.authors.length > 0) item.author = review.authors.map((author) => splitPersonName(author.name));
  if (review.series) item['container-title'] = review.series;
  if (review.issue) item.issue = review.issue;
  const issued = dateParts(review.publishedAt);
  if (issued) item.issued = { 'date-parts': [issued] };
  if (review.site) item.publisher = review.site;
  if (review.sourceUrl) item.URL = review.sourceUrl;
  if (review.language) item.language = review.language;
  const affiliations = review.authors.filter((author) => author.affiliation);
  if (affiliations.length > 0) {
    item.note = affiliations.map((author) => `${author.name} (${author.affiliation})`).join('; ');
  }
  return item;
}

function referenceItem(reference: Reference, id: string): CitationItem {
  return { ...(reference.csl ?? toCslItem(reference)), id };
}

/** `2002-09-02` or `2002-09-02T10:00` as CSL date parts; anything else is left out rather than guessed. */
function dateParts(date: string | undefined): number[] | undefined {
  const match = date?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/);
  if (!match) return undefined;
  return [match[1], match[2], match[3]].filter((part) => part !== undefined).map(Number);
}
