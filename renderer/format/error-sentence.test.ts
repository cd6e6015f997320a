import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorSentence } from './error-sentence.ts';

test('a failure becomes one sentence naming the action and the reason', () => {
  const error = new Error('There is no review with id "x" in this archive.');
  assert.equal(
    errorSentence('open this review', error),
    'Could not open this review: There is no review with id "x" in this archive.',
  );
});

test('a thrown value that is not an Error still gives a sentence', () => {
  assert.equal(errorSentence('load the library', 'disk full'), 'Could not load the library: disk full.');
  assert.equal(errorSentence('load the library', ''), 'Could not load the library.');
});
