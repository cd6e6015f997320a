import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikePersonName, splitPersonName } from './person-name.ts';

test('a two-word name splits into given and family', () => {
  assert.deepEqual(splitPersonName('Elaine Lies'), { given: 'Elaine', family: 'Lies' });
});

test('particles belong to the family name', () => {
  assert.deepEqual(splitPersonName('John de Boer'), { given: 'John', family: 'de Boer' });
  assert.deepEqual(splitPersonName('Jean-Luc de la Fontaine'), { given: 'Jean-Luc', family: 'de la Fontaine' });
  assert.deepEqual(splitPersonName('Pierre-Yves Le Gall'), { given: 'Pierre-Yves', family: 'Le Gall' });
});

test('a suffix and an inverted "Family, Given" name are understood', () => {
  assert.deepEqual(splitPersonName('Martin Luther King Jr.'), {
    given: 'Martin Luther',
    family: 'King',
    suffix: 'Jr.',
  });
  assert.deepEqual(splitPersonName('Kageyama, Yuri'), { given: 'Yuri', family: 'Kageyama' });
});

test('names written in Chinese, Japanese or Korean script put the family name first', () => {
  assert.deepEqual(splitPersonName('田中 美咲'), { family: '田中', given: '美咲' });
});

test('a single name stays literal', () => {
  assert.deepEqual(splitPersonName('Madonna'), { literal: 'Madonna' });
  assert.deepEqual(splitPersonName('田中美咲'), { literal: '田中美咲' });
});

test('names look like names and prose does not', () => {
  for (const name of [
    'John de Boer',
    'Søren Åkerlund',
    '田中 美咲',
    'Ngozi Adébáyọ̀',
    'J. R. Hartley',
    "Seán O'Brien",
  ]) {
    assert.equal(looksLikePersonName(name), true, name);
  }
  for (const text of ['Search with Google', 'the morning papers', 'Madonna', 'One Two Three Four Five Six', '']) {
    assert.equal(looksLikePersonName(text), false, text);
  }
});
