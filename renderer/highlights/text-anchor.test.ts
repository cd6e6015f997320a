import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { HighlightSelector } from '../../electron/model/note.ts';
import { anchorSelector } from './text-anchor.ts';

const text = 'The cat sat. The dog sat. The cat ran.';

function selectorFor(exact: string, start: number, prefix = '', suffix = ''): HighlightSelector {
  return { quote: { exact, prefix, suffix }, position: { start, end: start + exact.length } };
}

test('a highlight whose text has not moved is found at its recorded position', () => {
  assert.deepEqual(anchorSelector(text, selectorFor('The cat', 26)), { start: 26, end: 33 });
});

test('a highlight whose text moved is found by its quote, the context deciding between repeats', () => {
  const edited = `Preface. ${text}`;
  assert.deepEqual(anchorSelector(edited, selectorFor('The cat', 26, 'dog sat. ', ' ran.')), { start: 35, end: 42 });
  assert.deepEqual(anchorSelector(edited, selectorFor('The cat', 26, '', ' sat.')), { start: 9, end: 16 });
});

test('with no context to go on, the repeat nearest the recorded position wins', () => {
  const edited = `Preface. ${text}`;
  assert.deepEqual(anchorSelector(edited, selectorFor('The cat', 30)), { start: 35, end: 42 });
});

test('a highlight whose quote is nowhere in the text is orphaned', () => {
  assert.equal(anchorSelector(text, selectorFor('The bird flew', 0)), undefined);
});
