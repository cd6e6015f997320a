import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate } from './format-date.ts';

test('a full date reads as day, month name and year', () => {
  assert.equal(formatDate('2024-03-04'), '4 March 2024');
});

test('a month or a year alone is shown with the precision it has', () => {
  assert.equal(formatDate('2024-03'), 'March 2024');
  assert.equal(formatDate('2024'), '2024');
});

test('a timestamp is shown by its calendar date', () => {
  assert.equal(formatDate('2024-02-29T23:30:00Z'), '29 February 2024');
});

test('text that is not a date, or an impossible date, is kept as printed', () => {
  assert.equal(formatDate('Spring 2024'), 'Spring 2024');
  assert.equal(formatDate('2024-02-31'), '2024-02-31');
});
