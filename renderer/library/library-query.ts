import type { ReviewSummary } from '../../electron/model/review.ts';
import type { ReviewState } from '../../electron/model/review-state.ts';
import type { LibraryFilters, LibrarySort, LibraryView } from '../../electron/model/settings.ts';

export type { LibraryFilters, LibrarySort, LibraryView } from '../../electron/model/settings.ts';

/** A facet of the library with a list of values to choose from. */
export type LibraryFacet = 'series' | 'author' | 'tag';

/** A filter that is either on or off. */
export type LibraryToggle = 'hasNotes' | 'unread';

/** One choice of a facet and how many reviews it would show under the other active filters. */
export interface FacetOption {
  value: string;
  count: number;
}

/**
 * What filtering needs besides the rows: each review's state (counts, read mark; undefined while loading), the
 * reviews citing the chosen outlet (undefined while loading), the text typed into the library's search box, and
 * the tags on each review's highlights, which the Tag filter counts with the review's own.
 */
export interface FilterContext {
  states: ReadonlyMap<string, ReviewState> | undefined;
  outletIds: ReadonlySet<string> | undefined;
  text: string;
  highlightTags?: ReadonlyMap<string, readonly string[]>;
}

/** No filter on any facet. */
export const noFilters: LibraryFilters = {
  series: '',
  author: '',
  tag: '',
  outlet: '',
  hasNotes: false,
  unread: false,
};

/** How the library starts: newest published first, unfiltered, not grouped. */
export const defaultView: LibraryView = { sort: 'published', filters: noFilters, bySeries: false };

/** A context that filters on nothing but the rows. */
export const plainContext: FilterContext = { states: new Map(), outletIds: undefined, text: '' };

type Constraint = LibraryFacet | LibraryToggle | 'outlet' | 'text';

const facets: LibraryFacet[] = ['series', 'author', 'tag'];
const constraints: Constraint[] = ['series', 'author', 'tag', 'outlet', 'hasNotes', 'unread', 'text'];
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The values a review has on a facet (a review may have several authors and tags; its tags include its highlights'). */
export function facetValues(
  review: ReviewSummary,
  facet: LibraryFacet,
  context: FilterContext = plainContext,
): string[] {
  if (facet === 'series') return review.series ? [review.series] : [];
  if (facet === 'author') return review.authors.map((author) => author.name);
  const onHighlights = context.highlightTags?.get(review.id);
  return onHighlights ? [...new Set([...review.tags, ...onHighlights])] : review.tags;
}

/** Whether any filter is set. */
export function hasFilters(filters: LibraryFilters): boolean {
  return facets.some((facet) => filters[facet] !== '') || filters.outlet !== '' || filters.hasNotes || filters.unread;
}

/** Text folded for matching: lower case, without accents, with runs of space made one. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function passes(
  review: ReviewSummary,
  filters: LibraryFilters,
  context: FilterContext,
  words: string[],
  constraint: Constraint,
): boolean {
  switch (constraint) {
    case 'series':
    case 'author':
    case 'tag':
      return filters[constraint] === '' || facetValues(review, constraint, context).includes(filters[constraint]);
    case 'outlet':
      return filters.outlet === '' || (context.outletIds?.has(review.id) ?? false);
    case 'hasNotes': {
      const state = context.states?.get(review.id);
      return !filters.hasNotes || (state !== undefined && state.notes + state.highlights > 0);
    }
    case 'unread':
      return !filters.unread || context.states?.get(review.id)?.readAt === undefined;
    case 'text':
      return words.length === 0 || matchesWords(review, words);
  }
}

function matchesWords(review: ReviewSummary, words: string[]): boolean {
  const haystack = foldText(
    [review.title, review.series ?? '', review.issue ?? '', ...review.authors.map((author) => author.name)].join(' '),
  );
  return words.every((word) => haystack.includes(word));
}

function matcher(filters: LibraryFilters, context: FilterContext, skip?: Constraint) {
  const words = foldText(context.text).split(' ').filter(Boolean);
  const active = constraints.filter((constraint) => constraint !== skip);
  return (review: ReviewSummary) => active.every((constraint) => passes(review, filters, context, words, constraint));
}

/** The reviews that pass every active filter and the typed text, in their given order. */
export function filterReviews(
  reviews: ReviewSummary[],
  filters: LibraryFilters,
  context: FilterContext = plainContext,
): ReviewSummary[] {
  if (!hasFilters(filters) && context.text.trim() === '') return reviews;
  return reviews.filter(matcher(filters, context));
}

/** Each value of a facet with the number of reviews it would show, counted under the other active filters. */
export function facetOptions(
  reviews: ReviewSummary[],
  filters: LibraryFilters,
  facet: LibraryFacet,
  context: FilterContext = plainContext,
): FacetOption[] {
  const counts = new Map<string, number>();
  const matches = matcher(filters, context, facet);
  for (const review of reviews) {
    if (!matches(review)) continue;
    for (const value of new Set(facetValues(review, facet, context))) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  if (filters[facet] !== '' && !counts.has(filters[facet])) counts.set(filters[facet], 0);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => collator.compare(a.value, b.value));
}

/** How many reviews a toggle would show if it were on, under every other active filter. */
export function toggleCount(
  reviews: ReviewSummary[],
  filters: LibraryFilters,
  toggle: LibraryToggle,
  context: FilterContext,
): number {
  return filterReviews(reviews, { ...filters, [toggle]: true }, context).length;
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

/** A new array of the reviews in the chosen order; reviews without a date go last. */
export function sortReviews(reviews: ReviewSummary[], sort: LibrarySort): ReviewSummary[] {
  return [...reviews].sort(orders[sort]);
}
