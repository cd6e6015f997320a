import assert from 'node:assert/strict';
import { test } from 'node:test';
import { median, percentile, summarizeTimings, timed } from './measure.ts';

const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);

test('percentiles are nearest-rank: always a measured value, never interpolated', () => {
  assert.equal(percentile(oneToHundred, 50), 50);
  assert.equal(percentile(oneToHundred, 95), 95);
  assert.equal(percentile([10, 20, 30, 40], 50), 20);
  assert.equal(percentile([10, 20, 30, 40], 51), 30);
  assert.equal(percentile([3, 1, 2], 95), 3);
});

test('p0 is the smallest value and p100 the largest, whatever the order', () => {
  assert.equal(percentile([5, 3, 9, 1], 0), 1);
  assert.equal(percentile([5, 3, 9, 1], 100), 9);
});

test('the median of five repetitions is the middle one', () => {
  assert.equal(median([9, 1, 5, 7, 3]), 5);
});

test('a percentile of no measurements, or outside 0–100, is refused with a plain message', () => {
  assert.throws(() => percentile([], 50), /Cannot take a percentile of no measurements/);
  assert.throws(() => percentile([1], 101), /between 0 and 100, not 101/);
  assert.throws(() => percentile([1], Number.NaN), /between 0 and 100/);
});

test('a summary gives the count, p50, p95 and max without changing the input', () => {
  const values = [4, 2, 8, 6];
  assert.deepEqual(summarizeTimings(values), { count: 4, p50: 4, p95: 8, max: 8 });
  assert.deepEqual(values, [4, 2, 8, 6]);
});

test('timing a piece of work hands back its value beside a non-negative duration', async () => {
  const result = await timed(async () => 'done');
  assert.equal(result.value, 'done');
  assert.ok(result.ms >= 0);
});
