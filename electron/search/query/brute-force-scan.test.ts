import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testDocument } from '../index/test-document.ts';
import { scanDocuments } from './brute-force-scan.ts';

const review = testDocument;

const docs = [
  review('a', { body: 'The regional press', authors: ['Ana Müller'] }),
  review('b', { body: 'Courts', references: ['"Press freedom", Reuters, 2003'] }),
  review('c', { notes: ['東京都で'] }),
];

test('finds the reviews holding every query word as folded text in any field', () => {
  assert.deepEqual(scanDocuments(docs, 'PRESS'), ['a', 'b']);
  assert.deepEqual(scanDocuments(docs, 'press muller'), ['a']);
  assert.deepEqual(scanDocuments(docs, 'reuters'), ['b']);
  assert.deepEqual(scanDocuments(docs, '東京'), ['c']);
});

test('matches substrings, as a naive scan does, and nothing for an empty query', () => {
  assert.deepEqual(scanDocuments(docs, 'gional'), ['a']);
  assert.deepEqual(scanDocuments(docs, '  '), []);
});
