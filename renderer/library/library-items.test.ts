import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReviewSummary } from '../../electron/model/review.ts';
import { gapLabel, type LibraryItem, reviewItems, seriesItems } from './library-items.ts';

function review(id: string, fields: Partial<ReviewSummary> = {}): ReviewSummary {
  return { id, title: id, authors: [], importedAt: '2026-01-01T00:00:00Z', referenceCount: 0, tags: [], ...fields };
}

const lines = (items: LibraryItem[]) => items.map((item) => (item.kind === 'review' ? item.review.id : item.label));

test('the plain list has one line per review in the given order', () => {
  assert.deepEqual(lines(reviewItems([review('b'), review('a')])), ['b', 'a']);
});

test('the series view groups by series in issue order and shows the issues missing between them', () => {
  const reviews = [
    review('w38', { series: 'Weekly', issue: '38' }),
    review('m1', { series: 'Monthly', issue: '1' }),
    review('w36', { series: 'Weekly', issue: '36' }),
    review('w41', { series: 'Weekly', issue: '41' }),
    review('loose'),
  ];
  assert.deepEqual(lines(seriesItems(reviews)), [
    'Monthly',
    'm1',
    'Weekly',
    'w36',
    '#37 missing',
    'w38',
    '#39–#40 missing',
    'w41',
    'No series',
    'loose',
  ]);
});

test('a series heading counts its reviews', () => {
  const [heading] = seriesItems([review('a', { series: 'S', issue: '1' }), review('b', { series: 'S', issue: '2' })]);
  assert.deepEqual(heading, { kind: 'series', key: 'series:S', label: 'S', count: 2 });
});

test('issues that are not numbers go after the numbered ones and make no gap', () => {
  const reviews = [
    review('special', { series: 'S', issue: 'Special' }),
    review('s2', { series: 'S', issue: '2' }),
    review('s1', { series: 'S', issue: '1' }),
  ];
  assert.deepEqual(lines(seriesItems(reviews)), ['S', 's1', 's2', 'special']);
});

test('a gap of one issue names it, a longer gap names its first and last', () => {
  assert.equal(gapLabel(36, 38), '#37 missing');
  assert.equal(gapLabel(1, 5), '#2–#4 missing');
});
