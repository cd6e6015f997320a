import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PendingForReview } from './pending-for-review.ts';

test('a requested highlight is handed over once, to its own review only', () => {
  const pending = new PendingForReview<string>();
  pending.request('review-a', 'mark-1');
  assert.equal(pending.take('review-b'), undefined);
  assert.equal(pending.take('review-a'), 'mark-1');
  assert.equal(pending.take('review-a'), undefined);
});

test('a later request replaces an earlier one that was not yet carried out', () => {
  const pending = new PendingForReview<string>();
  pending.request('review-a', 'mark-1');
  pending.request('review-b', 'mark-2');
  assert.equal(pending.take('review-a'), undefined);
  assert.equal(pending.take('review-b'), 'mark-2');
});

test('listeners hear of every request until they stop listening', () => {
  const pending = new PendingForReview<string>();
  const heard: (string | undefined)[] = [];
  const stop = pending.onRequest(() => heard.push(pending.take('review-a')));
  pending.request('review-a', 'mark-1');
  pending.request('review-b', 'mark-2');
  stop();
  pending.request('review-a', 'mark-3');
  assert.deepEqual(heard, ['mark-1', undefined]);
  assert.equal(pending.take('review-a'), 'mark-3');
});

test('a requested match is handed over once, to its own review only', () => {
  const pending = new PendingForReview<string>();
  pending.request('review-a', 'lighthouse keepers');
  assert.equal(pending.take('review-b'), undefined);
  assert.equal(pending.take('review-a'), 'lighthouse keepers');
  assert.equal(pending.take('review-a'), undefined);
});

test('a later request replaces an earlier one, and listeners hear of each request until they stop', () => {
  const pending = new PendingForReview<string>();
  const heard: (string | undefined)[] = [];
  const stop = pending.onRequest(() => heard.push(pending.take('review-b')));
  pending.request('review-a', 'first');
  pending.request('review-b', 'second');
  stop();
  pending.request('review-b', 'third');
  assert.deepEqual(heard, [undefined, 'second']);
  assert.equal(pending.take('review-b'), 'third');
});
