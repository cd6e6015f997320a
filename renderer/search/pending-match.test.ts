import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PendingMatch } from './pending-match.ts';

test('a requested match is handed over once, to its own review only', () => {
  const pending = new PendingMatch();
  pending.request('review-a', 'lighthouse keepers');
  assert.equal(pending.take('review-b'), undefined);
  assert.equal(pending.take('review-a'), 'lighthouse keepers');
  assert.equal(pending.take('review-a'), undefined);
});

test('a later request replaces an earlier one, and listeners hear of each request until they stop', () => {
  const pending = new PendingMatch();
  const heard: (string | undefined)[] = [];
  const stop = pending.onRequest(() => heard.push(pending.take('review-b')));
  pending.request('review-a', 'first');
  pending.request('review-b', 'second');
  stop();
  pending.request('review-b', 'third');
  assert.deepEqual(heard, [undefined, 'second']);
  assert.equal(pending.take('review-b'), 'third');
});
