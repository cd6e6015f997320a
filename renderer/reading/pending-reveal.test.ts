import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PendingReveal } from './pending-reveal.ts';

test('a requested highlight is handed over once, to its own review only', () => {
  const pending = new PendingReveal();
  pending.request('review-a', 'mark-1');
  assert.equal(pending.take('review-b'), undefined);
  assert.equal(pending.take('review-a'), 'mark-1');
  assert.equal(pending.take('review-a'), undefined);
});

test('a later request replaces an earlier one that was not yet carried out', () => {
  const pending = new PendingReveal();
  pending.request('review-a', 'mark-1');
  pending.request('review-b', 'mark-2');
  assert.equal(pending.take('review-a'), undefined);
  assert.equal(pending.take('review-b'), 'mark-2');
});

test('listeners hear of every request until they stop listening', () => {
  const pending = new PendingReveal();
  const heard: (string | undefined)[] = [];
  const stop = pending.onRequest(() => heard.push(pending.take('review-a')));
  pending.request('review-a', 'mark-1');
  pending.request('review-b', 'mark-2');
  stop();
  pending.request('review-a', 'mark-3');
  assert.deepEqual(heard, ['mark-1', undefined]);
  assert.equal(pending.take('review-a'), 'mark-3');
});
