import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReviewSummary } from '../../electron/model/review.ts';
import type { ReviewState } from '../../electron/model/review-state.ts';
import {
  type FilterContext,
  facetOptions,
  filterReviews,
  foldText,
  hasFilters,
  noFilters,
  plainContext,
  sortReviews,
  toggleCount,
} from './library-query.ts';

function review(id: string, fields: Partial<ReviewSummary> = {}): ReviewSummary {
  return { id, title: id, authors: [], importedAt: '2026-01-01T00:00:00Z', referenceCount: 0, tags: [], ...fields };
}

const ana = { name: 'Ana Ruiz' };
const ben = { name: 'Ben Ode' };
const library = [
  review('a1', { series: 'Weekly', authors: [ana], tags: ['press'] }),
  review('a2', { series: 'Weekly', authors: [ana, ben], tags: ['press', 'tv'] }),
  review('b1', { series: 'Monthly', authors: [ben], tags: ['tv'] }),
  review('c1', { authors: [ben] }),
];
const ids = (reviews: ReviewSummary[]) => reviews.map((shown) => shown.id);

test('no filters show every review', () => {
  assert.deepEqual(ids(filterReviews(library, noFilters)), ['a1', 'a2', 'b1', 'c1']);
  assert.equal(hasFilters(noFilters), false);
});

test('filters on series, author and tag combine', () => {
  assert.deepEqual(ids(filterReviews(library, { ...noFilters, series: 'Weekly' })), ['a1', 'a2']);
  assert.deepEqual(ids(filterReviews(library, { ...noFilters, series: 'Weekly', author: 'Ben Ode' })), ['a2']);
  assert.deepEqual(ids(filterReviews(library, { ...noFilters, author: 'Ben Ode', tag: 'tv' })), ['a2', 'b1']);
  assert.equal(hasFilters({ ...noFilters, tag: 'tv' }), true);
});

test('each option counts the reviews it would show under the other filters', () => {
  assert.deepEqual(facetOptions(library, noFilters, 'series'), [
    { value: 'Monthly', count: 1 },
    { value: 'Weekly', count: 2 },
  ]);
  const byBen = { ...noFilters, author: 'Ben Ode' };
  assert.deepEqual(facetOptions(library, byBen, 'series'), [
    { value: 'Monthly', count: 1 },
    { value: 'Weekly', count: 1 },
  ]);
  assert.deepEqual(facetOptions(library, { ...noFilters, series: 'Weekly' }, 'author'), [
    { value: 'Ana Ruiz', count: 2 },
    { value: 'Ben Ode', count: 1 },
  ]);
});

test('the chosen option stays listed with a count of zero when the other filters exclude it', () => {
  const options = facetOptions(library, { ...noFilters, series: 'Monthly', author: 'Ana Ruiz' }, 'series');
  assert.deepEqual(options, [
    { value: 'Monthly', count: 0 },
    { value: 'Weekly', count: 2 },
  ]);
});

test('published order puts the newest first and undated reviews last', () => {
  const dated = [
    review('old', { publishedAt: '2024-01-01' }),
    review('none'),
    review('new', { publishedAt: '2025-06-01' }),
  ];
  assert.deepEqual(ids(sortReviews(dated, 'published')), ['new', 'old', 'none']);
});

test('title order ignores case and orders numbers by value', () => {
  const titled = [review('x', { title: 'week 10' }), review('y', { title: 'Week 9' }), review('z', { title: 'alpha' })];
  assert.deepEqual(ids(sortReviews(titled, 'title')), ['z', 'y', 'x']);
});

test('added order puts the most recently imported first without changing the given array', () => {
  const added = [review('first', { importedAt: '2026-01-01' }), review('later', { importedAt: '2026-02-01' })];
  assert.deepEqual(ids(sortReviews(added, 'added')), ['later', 'first']);
  assert.deepEqual(ids(added), ['first', 'later']);
});

test("tags on a review's highlights join its own in the Tag filter, each review counted once", () => {
  const tagged: FilterContext = {
    ...plainContext,
    highlightTags: new Map([
      ['c1', ['framing']],
      ['a1', ['press', 'framing']],
    ]),
  };
  assert.deepEqual(facetOptions(library, noFilters, 'tag', tagged), [
    { value: 'framing', count: 2 },
    { value: 'press', count: 2 },
    { value: 'tv', count: 2 },
  ]);
  assert.deepEqual(ids(filterReviews(library, { ...noFilters, tag: 'framing' }, tagged)), ['a1', 'c1']);
  assert.deepEqual(ids(filterReviews(library, { ...noFilters, tag: 'framing' })), []);
});

const states = new Map<string, ReviewState>([
  ['a1', { id: 'a1', notes: 1, highlights: 0, readAt: '2026-02-01T00:00:00Z' }],
  ['a2', { id: 'a2', notes: 0, highlights: 2 }],
  ['b1', { id: 'b1', notes: 0, highlights: 0, readAt: '2026-02-02T00:00:00Z' }],
]);
const withStates: FilterContext = { states, outletIds: undefined, text: '' };

test('"has notes" keeps reviews with a note or a highlight; "unread" keeps those never finished', () => {
  assert.deepEqual(ids(filterReviews(library, { ...noFilters, hasNotes: true }, withStates)), ['a1', 'a2']);
  assert.deepEqual(ids(filterReviews(library, { ...noFilters, unread: true }, withStates)), ['a2', 'c1']);
  assert.deepEqual(ids(filterReviews(library, { ...noFilters, unread: true, hasNotes: true }, withStates)), ['a2']);
  assert.equal(hasFilters({ ...noFilters, unread: true }), true);
});

test('a toggle counts what it would show under the other filters', () => {
  assert.equal(toggleCount(library, noFilters, 'unread', withStates), 2);
  assert.equal(toggleCount(library, { ...noFilters, series: 'Weekly' }, 'unread', withStates), 1);
  assert.equal(toggleCount(library, { ...noFilters, series: 'Weekly' }, 'hasNotes', withStates), 2);
});

test('the outlet filter keeps the reviews citing it, and none while they are still being found', () => {
  const citing: FilterContext = { ...withStates, outletIds: new Set(['b1', 'c1']) };
  assert.deepEqual(ids(filterReviews(library, { ...noFilters, outlet: 'Reuters' }, citing)), ['b1', 'c1']);
  assert.deepEqual(ids(filterReviews(library, { ...noFilters, outlet: 'Reuters' }, withStates)), []);
  assert.deepEqual(facetOptions(library, { ...noFilters, outlet: 'Reuters' }, 'author', citing), [
    { value: 'Ben Ode', count: 2 },
  ]);
});

test('typed words must all appear in the title, series, issue or authors, accents and case aside', () => {
  const named = [
    review('x', { title: 'La revue de presse', series: 'Médias', authors: [ana] }),
    review('y', { title: 'Press week', authors: [ben] }),
  ];
  const typed = (text: string) => ids(filterReviews(named, noFilters, { ...withStates, text }));
  assert.deepEqual(typed('medias ruiz'), ['x']);
  assert.deepEqual(typed('  PRESS '), ['x', 'y']);
  assert.deepEqual(typed('press ode'), ['y']);
  assert.deepEqual(typed('nothing'), []);
  assert.equal(foldText('Élan  Vital'), 'elan vital');
});
