import type { Review } from '../model/review.ts';

/** A small review for tests ("A review", one sentence, no authors or references), with `fields` set over it. */
export function testReview(fields: Partial<Review> = {}): Review {
  return {
    id: 'review-1',
    title: 'A review',
    authors: [],
    importedAt: '2024-01-01T00:00:00.000Z',
    referenceCount: 0,
    tags: [],
    contentHash: 'c0ffee',
    body: 'The talks resumed after two years of stagnation.',
    references: [],
    provenance: { kind: 'markdown' },
    ...fields,
  };
}
