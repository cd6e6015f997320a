import type { ReviewSummary } from '../../electron/api/contract.ts';

/** How the library is ordered: newest published first, by title, or newest added first. */
export type LibrarySort = 'published' | 'title' | 'added';

/** The filters the reader chose; an empty string means no filter on that facet. */
export interface LibraryFilters {
  series: string;
  author: string;
  tag: string;
}

/** A facet of the library that can be filtered on. */
export type LibraryFacet = keyof LibraryFilters;

/** One choice of a facet and how many reviews it would show under the other active filters. */
export interface FacetOption {
  value: string;
  count: number;
}

/** No filter on any facet. */
export const noFilters: LibraryFilters = { series: '', author: '', tag: '' };

const facets: LibraryFacet[] = ['series', 'author', 'tag'];
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The values a review has on a facet (a review may have several authors and tags). */
export function facetValues(review: ReviewSummary, facet: LibraryFacet): string[] {
  if (facet === 'series') return review.series ? [review.series] : [];
  if (facet === 'author') return review.authors.map((author) => author.name);
  return review.tags;
}

/** Whether any filter is set. */
export function hasFilters(filters: LibraryFilters): boolean {
  return facets.some((facet) => filters[facet] !== '');
}

function matches(review: ReviewSummary, filters: LibraryFilters, skip?: LibraryFacet): boolean {
  return facets.every(
    (facet) => facet === skip || filters[facet] === '' || facetValues(review, facet).includes(filters[facet]),
  );
}

/** The reviews that pass every active filter, in their given order. */
export function filterReviews(reviews: ReviewSummary[], filters: LibraryFilters): ReviewSummary[] {
  return hasFilters(filters) ? reviews.filter((review) => matches(review, filters)) : reviews;
}

/** Each value of a facet with the number of reviews it would show, counted under the other active filters. */
export function facetOptions(reviews: ReviewSummary[], filters: LibraryFilters, facet: LibraryFacet): FacetOption[] {
  const counts = new Map<string, number>();
  for (const review of reviews) {
    if (!matches(review, filters, facet)) continue;
    for (const value of new Set(facetValues(review, facet))) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  if (filters[facet] !== '' && !counts.has(filters[facet])) counts.set(filters[facet], 0);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => collator.compare(a.value, b.value));
}

const newestFirst = (a: string | undefined, b: string | undefined): number => {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? 1 : -1;
};

const orders: Record<LibrarySort, (a: ReviewSummary, b: ReviewSummary) => number> = {
  published: (a, b) => newestFirst(a.publishedAt, b.publishedAt) || collator.compare(a.title, b.title),
  title: (a, b) => collator.compare(a.title, b.title) || newestFirst(a.publishedAt, b.publishedAt),
  added: (a, b) => newestFirst(a.importedAt, b.importedAt) || collator.compare(a.title, b.title),
};

/** How many reviews pass every active filter except the one on `facet` (the count of "All …"). */
export function facetTotal(reviews: ReviewSummary[], filters: LibraryFilters, facet: LibraryFacet): number {
  return reviews.reduce((count, review) => (matches(review, filters, facet) ? count + 1 : count), 0);
}

/** A new array of the reviews in the chosen order; reviews without a date go last. */
export function sortReviews(reviews: ReviewSummary[], sort: LibrarySort): ReviewSummary[] {
  return [...reviews].sort(orders[sort]);
}
