import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countLine, countOf } from './import-labels.ts';

test('counts read as words: one, several, or none', () => {
  assert.equal(countLine(1, 'Imported 1 review', 'Imported {n} reviews'), 'Imported 1 review');
  assert.equal(countLine(12, 'Imported 1 review', 'Imported {n} reviews'), 'Imported 12 reviews');
  assert.equal(countLine(0, 'Imported 1 review', 'Imported {n} reviews'), 'Imported no reviews');
});

test('a number takes its noun in the singular for one only', () => {
  assert.equal(countOf(1, 'review'), '1 review');
  assert.equal(countOf(0, 'review'), '0 reviews');
  assert.equal(countOf(12_000, 'review'), '12,000 reviews');
  assert.equal(countOf(2, 'series', 'series'), '2 series');
});
