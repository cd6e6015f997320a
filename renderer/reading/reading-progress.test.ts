import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readingProgress, scrollDeltaFor, shouldRestore } from './reading-progress.ts';

const pane = { top: 100, height: 600 };

test('an article at the top of its pane is at position 0, and at its end at position 1', () => {
  assert.deepEqual(readingProgress({ top: 100, height: 2600 }, pane), { position: 0, scrollable: true, atEnd: false });
  assert.deepEqual(readingProgress({ top: -1900, height: 2600 }, pane), { position: 1, scrollable: true, atEnd: true });
});

test('halfway through, the position is one half and the end is not in view', () => {
  const progress = readingProgress({ top: -900, height: 2600 }, pane);
  assert.equal(progress.position, 0.5);
  assert.equal(progress.atEnd, false);
});

test('the last few pixels still count as the end', () => {
  assert.equal(readingProgress({ top: -1880, height: 2600 }, pane).atEnd, true);
  assert.equal(readingProgress({ top: -1800, height: 2600 }, pane).atEnd, false);
});

test('an article shorter than its pane does not scroll', () => {
  assert.deepEqual(readingProgress({ top: 100, height: 400 }, pane), { position: 0, scrollable: false, atEnd: true });
  assert.equal(scrollDeltaFor(0.5, { top: 100, height: 400 }, pane), 0);
});

test('scrolling by the delta brings the article to the saved position', () => {
  const article = { top: 100, height: 2600 };
  const delta = scrollDeltaFor(0.25, article, pane);
  assert.equal(delta, 500);
  assert.equal(readingProgress({ top: article.top - delta, height: article.height }, pane).position, 0.25);
});

test('only a position between the top and the end is restored', () => {
  assert.equal(shouldRestore(undefined), false);
  assert.equal(shouldRestore(0), false);
  assert.equal(shouldRestore(0.4), true);
  assert.equal(shouldRestore(1), false);
});
