import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { test } from 'node:test';
import { overlap, watchEventLoopDelay, watchTurns } from './main-thread-watch.ts';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

function blockFor(ms: number): void {
  const start = performance.now();
  while (performance.now() - start < ms) {
    // Keep the thread busy on purpose: this is the block the watch must see.
  }
}

test('two spans overlap by their shared part, and not at all when apart', () => {
  assert.equal(overlap({ start: 0, duration: 10 }, { start: 5, duration: 10 }), 5);
  assert.equal(overlap({ start: 0, duration: 10 }, { start: 2, duration: 3 }), 3);
  assert.equal(overlap({ start: 0, duration: 10 }, { start: 20, duration: 3 }), 0);
});

test('the turn watch sees a synchronous block at least as long as the block', async () => {
  const watch = watchTurns();
  await nextTurn();
  blockFor(20);
  await nextTurn();
  await nextTurn();
  const report = watch.stop();
  assert.ok(report.longestMs >= 20, `longest turn ${report.longestMs} ms`);
  assert.ok(report.turnsOver2Ms >= 1);
  assert.ok(report.longestWithoutGcMs <= report.longestMs);
});

test('the timer-delay watch sees a synchronous block beyond its 1 ms interval', async () => {
  const watch = watchEventLoopDelay();
  await new Promise((resolve) => setTimeout(resolve, 5));
  blockFor(30);
  await new Promise((resolve) => setTimeout(resolve, 5));
  const report = watch.stop();
  assert.ok(report.delayMs >= 20, `delay ${report.delayMs} ms`);
});
