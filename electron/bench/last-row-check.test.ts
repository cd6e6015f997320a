import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstLastRowProblem, lastRowProblem } from './last-row-check.ts';
import type { LastRowFacts } from './library-page-scripts.ts';

const atEnd: LastRowFacts = {
  setSize: 50_000,
  last: { posInSet: 50_000, reviewId: '0b7e4c1a-2f3d-4a5b-8c6d-7e8f9a0b1c2d', inView: true },
  rowsInDom: 41,
  pageElements: 900,
};

test('the last review row in the DOM and in view is the proof that the library scrolls', () => {
  assert.equal(lastRowProblem(atEnd, 50_000), null);
  assert.equal(firstLastRowProblem([atEnd, atEnd], 50_000), null);
});

test('a list with no lines, or a count other than the reviews, is named', () => {
  assert.equal(
    lastRowProblem({ ...atEnd, last: null, setSize: null }, 50_000),
    'no line of the library list was in the DOM',
  );
  assert.equal(lastRowProblem({ ...atEnd, setSize: 49_999 }, 50_000), 'the list says it has 49999 lines, not 50000');
  assert.equal(
    lastRowProblem({ ...atEnd, setSize: null }, 50_000),
    'the list says it has no count of lines, not 50000',
  );
});

test('a list that stopped short of the end says which line it reached', () => {
  const short: LastRowFacts = { ...atEnd, last: { posInSet: 12_345, reviewId: 'x', inView: true } };
  assert.equal(
    lastRowProblem(short, 50_000),
    'the line furthest down in the DOM was line 12345 of 50000, not the last',
  );
});

test('a last line that is not a review, or a row out of view, is named', () => {
  const heading: LastRowFacts = { ...atEnd, last: { posInSet: 50_000, reviewId: null, inView: true } };
  assert.equal(lastRowProblem(heading, 50_000), 'line 50000 of the list is not a review row');
  const hidden: LastRowFacts = { ...atEnd, last: { posInSet: 50_000, reviewId: 'abc', inView: false } };
  assert.equal(lastRowProblem(hidden, 50_000), "the last review's row (abc) was in the DOM but not in view");
});

test('the first failing jump is reported with its number, and no jump at all is a failure', () => {
  const short: LastRowFacts = { ...atEnd, last: { posInSet: 10, reviewId: 'x', inView: true } };
  assert.match(firstLastRowProblem([atEnd, short, short], 50_000) ?? '', /^after jump 2 to the end, the line furthest/);
  assert.equal(firstLastRowProblem([], 50_000), 'the list was never scrolled to its end');
});
