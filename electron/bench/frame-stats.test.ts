import assert from 'node:assert/strict';
import { test } from 'node:test';
import { frameBudgetMs, frameDurations, summarizeFrames } from './frame-stats.ts';

test('frame durations are the gaps between consecutive animation-frame timestamps', () => {
  assert.deepEqual(frameDurations([100, 116.5, 133.25, 183.25]), [16.5, 16.75, 50]);
  assert.deepEqual(frameDurations([42]), []);
});

test('timestamps that go backwards are refused, naming the frame', () => {
  assert.throws(() => frameDurations([100, 116.7, 110]), /must not go backwards, but frame 2 starts 6\.7\d* ms before/);
});

test('a frame that spans two vsyncs counts as dropped, one rounded to 16.6–16.8 ms does not', () => {
  const stats = summarizeFrames([16.6, 16.7, 16.700000000000728, 16.8, 33.3, 16.7, 50, 16.6]);
  assert.equal(stats.dropped, 2);
  assert.equal(stats.count, 8);
  assert.equal(stats.p50, 16.7);
  assert.equal(stats.max, 50);
});

test('p95 of a mostly smooth run shows its slow tail', () => {
  const durations = [...Array.from({ length: 94 }, () => frameBudgetMs), ...Array.from({ length: 6 }, () => 100)];
  const stats = summarizeFrames(durations);
  assert.equal(stats.p50, frameBudgetMs);
  assert.equal(stats.p95, 100);
  assert.equal(stats.dropped, 6);
});

test('a run with no frames is refused with a plain message', () => {
  assert.throws(() => summarizeFrames([]), /Cannot summarize frames: no frame was recorded/);
});
