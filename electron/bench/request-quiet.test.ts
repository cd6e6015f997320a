import assert from 'node:assert/strict';
import { test } from 'node:test';
import { watchQuiet } from './request-quiet.ts';

test('a page is quiet once nothing has been in flight for the quiet time', () => {
  const watch = watchQuiet(1000, 0);
  assert.equal(watch.isQuiet(999), false);
  assert.equal(watch.isQuiet(1000), true);
  assert.equal(watch.lastEndedAt(), null);
});

test('a request in flight keeps the page busy however long it takes', () => {
  const watch = watchQuiet(1000, 0);
  watch.started(100);
  watch.started(150);
  watch.ended(400);
  assert.equal(watch.isQuiet(60_000), false);
  watch.ended(30_000);
  assert.equal(watch.isQuiet(30_500), false);
  assert.equal(watch.isQuiet(31_000), true);
  assert.equal(watch.lastEndedAt(), 30_000);
});

test('a new request restarts the quiet time', () => {
  const watch = watchQuiet(1000, 0);
  watch.started(10);
  watch.ended(20);
  watch.started(900);
  watch.ended(950);
  assert.equal(watch.isQuiet(1100), false);
  assert.equal(watch.isQuiet(1950), true);
});

test('an end without a start is refused with what to do', () => {
  assert.throws(() => watchQuiet(1000, 0).ended(5), /never seen to start; watch the page before it loads/);
});
