import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldText, tokenize } from './text-tokens.ts';

test('folds accents, case and ß so Müller, MULLER and muller are one term', () => {
  assert.equal(foldText('Müller'), 'muller');
  assert.equal(foldText('MÜLLER'), 'muller');
  assert.equal(foldText('Straße'), 'strasse');
  assert.equal(foldText('Ærø Łódź'), 'aero lodz');
  assert.equal(foldText('ﬁle'), 'file');
});

test('gives each word its offsets in the original text', () => {
  const text = 'Élan, vital — Müller’s 2003';
  const tokens = tokenize(text);
  assert.deepEqual(
    tokens.map((token) => token.term),
    ['elan', 'vital', 'muller', 's', '2003'],
  );
  for (const token of tokens) assert.equal(foldText(text.slice(token.start, token.end)), token.term);
});

test('splits words at apostrophes and hyphens', () => {
  assert.deepEqual(
    tokenize("don't l'économie e-mail").map((token) => token.term),
    ['don', 't', 'l', 'economie', 'e', 'mail'],
  );
});

test('indexes Japanese as overlapping two-character terms with exact offsets', () => {
  const text = 'in 東京都 now';
  const tokens = tokenize(text);
  assert.deepEqual(
    tokens.map((token) => [token.term, text.slice(token.start, token.end)]),
    [
      ['in', 'in'],
      ['東京', '東京'],
      ['京都', '京都'],
      ['now', 'now'],
    ],
  );
});

test('keeps a one-character CJK run whole and splits Latin letters from kana', () => {
  assert.deepEqual(
    tokenize('東 NHKのニュース').map((token) => token.term),
    ['東', 'nhk', 'のニ', 'ニュ', 'ュー', 'ース'],
  );
});

test('widens half-width katakana without merging voiced kana', () => {
  assert.deepEqual(
    tokenize('ｶﾀｶﾅ').map((token) => token.term),
    ['カタ', 'タカ', 'カナ'],
  );
  assert.notEqual(tokenize('ガス')[0]?.term, tokenize('カス')[0]?.term);
});

test('gives no terms for punctuation alone', () => {
  assert.deepEqual(tokenize(' — … !? '), []);
});
