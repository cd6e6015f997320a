import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scrollTopFor, visibleRange } from './visible-range.ts';

test('a list scrolled to the top shows the rows that fit plus the overscan below', () => {
  assert.deepEqual(visibleRange(0, 400, 40, 50_000, 5), { start: 0, end: 15 });
});

test('a list scrolled into the middle shows the overscan on both sides', () => {
  assert.deepEqual(visibleRange(4000, 400, 40, 50_000, 5), { start: 95, end: 115 });
});

test('the range never runs past the end of a short list', () => {
  assert.deepEqual(visibleRange(0, 400, 40, 3, 5), { start: 0, end: 3 });
  assert.deepEqual(visibleRange(10_000, 400, 40, 3, 5), { start: 3, end: 3 });
});

test('an empty list or a negative scroll shows nothing out of range', () => {
  assert.deepEqual(visibleRange(0, 400, 40, 0, 5), { start: 0, end: 0 });
  assert.deepEqual(visibleRange(-100, 400, 40, 100, 0), { start: 0, end: 10 });
});

test('scrolling to a row above the view puts it at the top, one below puts it at the bottom', () => {
  assert.equal(scrollTopFor(2, 400, 200, 40), 80);
  assert.equal(scrollTopFor(20, 0, 200, 40), 640);
});

test('scrolling to a row already in view keeps the offset', () => {
  assert.equal(scrollTopFor(3, 40, 200, 40), 40);
});
