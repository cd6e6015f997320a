import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseByline } from './html-byline.ts';

test('a "By" byline gives one author without the word "By"', () => {
  assert.deepEqual(parseByline('By Steven Mufson'), [{ name: 'Steven Mufson' }]);
  assert.deepEqual(parseByline('By\n\t\t\tScott Cunningham'), [{ name: 'Scott Cunningham' }]);
  assert.deepEqual(parseByline('Par Sébastien Farcis'), [{ name: 'Sébastien Farcis' }]);
});

test('two or more authors are split on "and", "&" and list commas', () => {
  assert.deepEqual(parseByline('By Alice Smith and Bob Jones'), [{ name: 'Alice Smith' }, { name: 'Bob Jones' }]);
  assert.deepEqual(parseByline('Alice Smith, Bob Jones & Carol White'), [
    { name: 'Alice Smith' },
    { name: 'Bob Jones' },
    { name: 'Carol White' },
  ]);
  assert.deepEqual(parseByline('Alice Smith, Bob Jones'), [{ name: 'Alice Smith' }, { name: 'Bob Jones' }]);
});

test('an affiliation in parentheses stays with its author, even when it holds "&"', () => {
  assert.deepEqual(parseByline('John de Boer (University of Tokyo & GLOCOM Platform)'), [
    { name: 'John de Boer', affiliation: 'University of Tokyo & GLOCOM Platform' },
  ]);
  assert.deepEqual(parseByline('By Aiko Tanaka (Keio University) and Ben Ito (Sophia University)'), [
    { name: 'Aiko Tanaka', affiliation: 'Keio University' },
    { name: 'Ben Ito', affiliation: 'Sophia University' },
  ]);
});

test('an institution after a comma is an affiliation; a job title after a comma is dropped', () => {
  assert.deepEqual(parseByline('Mei Lin, Institute of Media Studies'), [
    { name: 'Mei Lin', affiliation: 'Institute of Media Studies' },
  ]);
  assert.deepEqual(parseByline('By John Smith, Staff Writer'), [{ name: 'John Smith' }]);
  assert.deepEqual(parseByline('Ann Lee, University of Leeds and Tom Hall, Staff Writer'), [
    { name: 'Ann Lee', affiliation: 'University of Leeds' },
    { name: 'Tom Hall' },
  ]);
});

test('dates glued to or printed under a name are not part of it', () => {
  assert.deepEqual(parseByline('by Lucas Nolan22 Dec 2016651'), [{ name: 'Lucas Nolan' }]);
  assert.deepEqual(parseByline('By Nathan Willis\n      March 25, 2015'), [{ name: 'Nathan Willis' }]);
  assert.deepEqual(parseByline('By Kelli  Miller\n   WebMD Health News'), [{ name: 'Kelli Miller' }]);
});

test('a name with parentheses inside it is kept whole', () => {
  assert.deepEqual(parseByline('Bruno (Henrique Zecchin) Rodrigues'), [{ name: 'Bruno (Henrique Zecchin) Rodrigues' }]);
});

test('bylines that name nobody give no authors', () => {
  assert.deepEqual(parseByline('Last Updated: January 7, 2025'), []);
  assert.deepEqual(parseByline('April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm'), []);
  assert.deepEqual(parseByline('Follow Author'), []);
  assert.deepEqual(parseByline(''), []);
  assert.deepEqual(parseByline(null), []);
  assert.deepEqual(parseByline('This is a whole sentence that Readability took for the name of an author here'), []);
});

test('non-Latin names and organisations are kept as written', () => {
  assert.deepEqual(parseByline('肖春芳'), [{ name: '肖春芳' }]);
  assert.deepEqual(parseByline('BBC News'), [{ name: 'BBC News' }]);
  assert.deepEqual(parseByline('JOE HILDEBRAND'), [{ name: 'JOE HILDEBRAND' }]);
});
