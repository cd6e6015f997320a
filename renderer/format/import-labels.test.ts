import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countLine } from './import-labels.ts';

test('counts read as words: one, several, or none', () => {
  assert.equal(countLine(1, 'Imported 1 review', 'Imported {n} reviews'), 'Imported 1 review');
  assert.equal(countLine(12, 'Imported 1 review', 'Imported {n} reviews'), 'Imported 12 reviews');
  assert.equal(countLine(0, 'Imported 1 review', 'Imported {n} reviews'), 'Imported no reviews');
});
