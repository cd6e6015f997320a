import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReviewSummary } from '../../electron/model/review.ts';
import { findSeriesNeighbours, seriesMembers } from './series-neighbours.ts';

function review(id: string, series?: string, issue?: string): ReviewSummary {
  return { id, title: id, series, issue, authors: [], importedAt: '2026-01-01T00:00:00Z', referenceCount: 0, tags: [] };
}

const reviews = [
  review('a10', 'Alpha', '10'),
  review('a2', 'Alpha', '2'),
  review('b3', 'Beta', '3'),
  review('a9', 'Alpha', '9'),
  review('a1', 'Alpha', '1'),
  review('loose'),
  review('odd', 'Alpha', 'special'),
];

test('previous and next issue follow numeric order within the series, skipping missing issues', () => {
  const { previous, next } = findSeriesNeighbours(reviews, 'a9');
  assert.equal(previous?.id, 'a2');
  assert.equal(next?.id, 'a10');
});

test('the first and last issue have no neighbour on their open side', () => {
  assert.equal(findSeriesNeighbours(reviews, 'a1').previous, undefined);
  assert.equal(findSeriesNeighbours(reviews, 'a10').next, undefined);
  assert.equal(findSeriesNeighbours(reviews, 'b3').next, undefined);
});

test('a review without a series, without a numeric issue or not in the list has no neighbours', () => {
  for (const id of ['loose', 'odd', 'gone', undefined]) {
    assert.deepEqual(findSeriesNeighbours(reviews, id), { previous: undefined, next: undefined });
  }
});

test('the members of a series come in issue order, those without a numeric issue last by date', () => {
  const members = [
    review('c', 'Harbour Watch', '10'),
    review('x', 'Other', '1'),
    review('a', 'Harbour Watch', '2'),
    { ...review('e', 'Harbour Watch'), publishedAt: '2025-02-01' },
    { ...review('d', 'Harbour Watch', 'special'), publishedAt: '2025-01-01' },
  ];
  assert.deepEqual(
    seriesMembers(members, 'Harbour Watch').map((review) => review.id),
    ['a', 'c', 'd', 'e'],
  );
  assert.deepEqual(seriesMembers(members, 'Nowhere'), []);
});
