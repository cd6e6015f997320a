import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReviewSummary } from '../../electron/model/review.ts';
import { type LibraryItem, reviewItems } from './library-items.ts';
import { nextReviewId } from './next-review.ts';

function review(id: string): ReviewSummary {
  return { id, title: id, authors: [], importedAt: '2026-01-01T00:00:00Z', referenceCount: 0, tags: [] };
}

const items: LibraryItem[] = [
  { kind: 'series', key: 'series:S', label: 'S', count: 3 },
  ...reviewItems([review('a'), review('b')]),
  { kind: 'gap', key: 'gap:S:2', label: '#3 missing' },
  ...reviewItems([review('c')]),
];

test('next and previous follow the list order and skip headings and gaps', () => {
  assert.equal(nextReviewId(items, 'a', 1), 'b');
  assert.equal(nextReviewId(items, 'b', 1), 'c');
  assert.equal(nextReviewId(items, 'c', -1), 'b');
});

test('there is no next after the last review and no previous before the first', () => {
  assert.equal(nextReviewId(items, 'c', 1), undefined);
  assert.equal(nextReviewId(items, 'a', -1), undefined);
});

test('with no review open, or one filtered out, next starts at the top and previous at the bottom', () => {
  assert.equal(nextReviewId(items, undefined, 1), 'a');
  assert.equal(nextReviewId(items, 'gone', -1), 'c');
  assert.equal(nextReviewId([], undefined, 1), undefined);
});
