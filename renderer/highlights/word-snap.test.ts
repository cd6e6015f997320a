import assert from 'node:assert/strict';
import { test } from 'node:test';
import { snapToWords } from './word-snap.ts';

/** The text a selection from `from` to `to` (character offsets) keeps once snapped. */
function snapped(text: string, from: number, to: number): string {
  const { start, end } = snapToWords(text, { start: from, end: to });
  return text.slice(start, end);
}

/** Snaps a selection from the start of `from` to `shift` characters into `to`. */
function snappedBetween(text: string, from: string, [to, shift]: [string, number]): string {
  return snapped(text, text.indexOf(from), text.indexOf(to) + shift);
}

test('an English selection cut inside words widens to the whole words', () => {
  const text = 'Reading the outlets together is the only way for the reader to see it.';
  assert.equal(snappedBetween(text, 'tlets', ['reader', 2]), 'outlets together is the only way for the reader');
});

test('a selection already on word boundaries is kept as it is, and white space at its ends is dropped', () => {
  const text = 'The facts barely moved; the framing moved a great deal.';
  const from = text.indexOf('facts');
  assert.equal(snapped(text, from, from + 'facts barely moved'.length), 'facts barely moved');
  assert.equal(snapped(text, from - 1, from + 'facts barely'.length + 1), 'facts barely');
  assert.equal(snapped(text, from - 1, from), ' ');
});

test('punctuation at the ends of a selection is kept but not widened past', () => {
  const text = 'Strike! “Economic desperation,” wrote the Ledger.';
  const from = text.indexOf('conomic');
  const to = text.indexOf('desper') + 'desper'.length;
  assert.equal(snapped(text, from, to), 'Economic desperation');
  assert.equal(snapped(text, text.indexOf('“'), text.indexOf(',') + 1), '“Economic desperation,');
});

test('German compounds and umlauts snap as one word', () => {
  const text = 'Die Straßenbahnfahrer übernahmen die Führung der Gewerkschaft.';
  assert.equal(snappedBetween(text, 'bahnfahrer', ['Führung', 3]), 'Straßenbahnfahrer übernahmen die Führung');
});

test('Japanese snaps to whole characters, not to guessed words', () => {
  const text = '港の新聞はストライキを報じた。';
  const from = text.indexOf('新聞') + 1;
  const to = text.indexOf('ストライキ') + 3;
  assert.equal(snapped(text, from, to), '聞はストラ');
});

test('a character made of two code units is never cut in half', () => {
  const text = 'Harbour 𠮷野家 strike';
  const from = text.indexOf('𠮷') + 1;
  assert.equal(snapped(text, from, text.indexOf('野') + 1), '𠮷野');
});

test('a word near the end of a very long text still snaps whole', () => {
  const text = `${'word '.repeat(5000)}closing paragraph`;
  const from = text.indexOf('closing') + 3;
  assert.equal(snapped(text, from, text.length - 2), 'closing paragraph');
});

test('paragraphs joined without a space are not read as one word', () => {
  const text = 'The Ledger let the workers speak.The Post counted the cost.';
  assert.equal(snapped(text, text.indexOf('edger'), text.indexOf('speak') + 3), 'Ledger let the workers speak');
  assert.equal(snapped(text, text.indexOf('Post') - 2, text.indexOf('Post') + 2), 'The Post');
});

test('an apostrophe inside a word does not stop the snap', () => {
  const text = "The workers' union didn't wait.";
  assert.equal(snapped(text, text.indexOf("n't") + 1, text.indexOf('wait') + 1), "didn't wait");
});
