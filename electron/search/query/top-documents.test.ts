import assert from 'node:assert/strict';
import { test } from 'node:test';
import { topDocuments } from './top-documents.ts';

test('picks the best documents from many, best first, the later one first on a tie', () => {
  const score = new Float64Array(500);
  const docs: number[] = [];
  for (let doc = 0; doc < 500; doc++) {
    score[doc] = (doc * 37) % 101;
    docs.push(doc);
  }
  const expected = [...docs].sort((x, y) => (score[y] as number) - (score[x] as number) || y - x).slice(0, 12);
  assert.deepEqual(topDocuments(docs, score, 12), expected);
});

test('gives all documents when fewer than wanted', () => {
  const score = Float64Array.from([1, 3, 2]);
  assert.deepEqual(topDocuments([0, 1, 2], score, 10), [1, 2, 0]);
  assert.deepEqual(topDocuments([], score, 10), []);
});
