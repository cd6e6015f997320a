import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SearchDocument } from './index/search-document.ts';
import { testDocument } from './index/test-document.ts';
import { SearchIndex } from './search-index.ts';

const review = testDocument;

function ids(index: SearchIndex, query: string): string[] {
  return index.search(query).hits.map((hit) => hit.id);
}

function indexOf(...docs: SearchDocument[]): SearchIndex {
  const index = SearchIndex.create();
  for (const doc of docs) index.add(doc);
  return index;
}

test('a title match ranks above a body match', () => {
  const index = indexOf(
    review('body', { body: 'A long piece that mentions the budget once among many other words about other things.' }),
    review('title', { title: 'The budget', body: 'Nothing here.' }),
  );
  const result = index.search('budget');
  assert.deepEqual(
    result.hits.map((hit) => [hit.id, hit.field]),
    [
      ['title', 'title'],
      ['body', 'body'],
    ],
  );
  assert.equal(result.total, 2);
});

test('more matches rank higher', () => {
  const index = indexOf(
    review('once', { body: 'strike talks went on in the capital today' }),
    review('thrice', { body: 'strike talks; the strike went on; a strike again today' }),
  );
  assert.deepEqual(ids(index, 'strike'), ['thrice', 'once']);
});

test('every word must match', () => {
  const index = indexOf(review('a', { body: 'labour strike' }), review('b', { body: 'labour market' }));
  assert.deepEqual(ids(index, 'labour strike'), ['a']);
});

test('a phrase matches the words only in that order, next to each other', () => {
  const index = indexOf(
    review('row', { body: 'the regional press covered it' }),
    review('apart', { body: 'the press that is regional covered it' }),
  );
  assert.deepEqual(ids(index, '"regional press"'), ['row']);
  assert.deepEqual(ids(index, 'regional press ').sort(), ['apart', 'row']);
});

test('a phrase matches whichever of its words is rarest, and repeated words', () => {
  const index = indexOf(
    review('yes', { body: 'the press of the press and the regional press of the day' }),
    review('no', { body: 'the press and the the regional of press the' }),
    review('other', { body: 'the the the the the the the the' }),
  );
  assert.deepEqual(ids(index, '"the regional press"'), ['yes']);
  assert.deepEqual(ids(index, '"press of the"'), ['yes']);
  assert.deepEqual(ids(index, '"the the"').sort(), ['no', 'other']);
  assert.deepEqual(ids(index, '"press of the press"'), ['yes']);
});

test('a phrase does not run from one author to the next', () => {
  const index = indexOf(review('a', { authors: ['Ana Ruiz', 'Jon Brandt'] }));
  assert.deepEqual(ids(index, 'author:"ana ruiz"'), ['a']);
  assert.deepEqual(ids(index, 'author:"ruiz jon"'), []);
});

test('excluded words and phrases remove reviews', () => {
  const index = indexOf(
    review('a', { body: 'press and courts' }),
    review('b', { body: 'press and the supreme court' }),
    review('c', { body: 'press alone' }),
  );
  assert.deepEqual(ids(index, 'press -courts -"supreme court"'), ['c']);
  assert.equal(index.search('-press').total, 0);
});

test('the last word matches as a prefix while typing', () => {
  const index = indexOf(review('a', { body: 'elections were held' }), review('b', { body: 'electric cars' }));
  assert.deepEqual(ids(index, 'elect').sort(), ['a', 'b']);
  assert.deepEqual(ids(index, 'were elec'), ['a']);
  assert.deepEqual(index.search('were elec').hits[0]?.terms, ['were', 'elections']);
  assert.deepEqual(ids(index, 'elect '), []);
});

test('a typo finds the word within one edit, or two for long words', () => {
  const index = indexOf(review('a', { body: 'elections and broadcasting' }));
  assert.deepEqual(ids(index, 'electoins '), ['a']);
  assert.deepEqual(ids(index, 'broadcsating '), ['a']);
  assert.deepEqual(index.search('electoins ').hits[0]?.terms, ['elections']);
  assert.deepEqual(ids(index, 'elxctxxns '), []);
  assert.deepEqual(ids(index, '"electoins"'), []);
});

test('fields limit a word to authors, outlets, series, tags or titles', () => {
  const index = indexOf(
    review('a', { authors: ['Ana Ruiz'], outlets: ['Reuters'], series: 'Weekly Review', tags: ['labour'] }),
    review('b', { title: 'Ruiz on Reuters', body: 'weekly labour notes' }),
  );
  assert.deepEqual(ids(index, 'author:ruiz'), ['a']);
  assert.deepEqual(ids(index, 'outlet:reuters'), ['a']);
  assert.deepEqual(ids(index, 'series:weekly'), ['a']);
  assert.deepEqual(ids(index, 'tag:labour'), ['a']);
  assert.deepEqual(ids(index, 'title:ruiz'), ['b']);
  assert.equal(index.search('author:ruiz').hits[0]?.field, 'author');
});

test('before: and after: filter by publication date; undated reviews drop out', () => {
  const index = indexOf(
    review('old', { body: 'budget', publishedAt: '2002-12-31' }),
    review('new', { body: 'budget', publishedAt: '2003-01' }),
    review('undated', { body: 'budget' }),
  );
  assert.deepEqual(ids(index, 'budget before:2003-01-01'), ['old']);
  assert.deepEqual(ids(index, 'budget after:2003'), ['new']);
  assert.equal(ids(index, 'budget').length, 3);
});

test('a bad date is reported and the words still search', () => {
  const index = indexOf(review('a', { body: 'budget' }));
  const result = index.search('budget before:soon');
  assert.deepEqual(result.problems, ['before: needs a date like 2003-01-01']);
  assert.deepEqual(
    result.hits.map((hit) => hit.id),
    ['a'],
  );
});

test('in:notes matches only the reader’s notes', () => {
  const index = indexOf(review('body', { body: 'turnout' }), review('note', { notes: ['check the turnout figure'] }));
  assert.deepEqual(ids(index, 'in:notes turnout'), ['note']);
  assert.equal(index.search('in:notes turnout').hits[0]?.field, 'notes');
});

test('accents are folded on both sides and Japanese is findable', () => {
  const index = indexOf(review('de', { body: 'Herr Müller sprach' }), review('ja', { body: '東京都の選挙について' }));
  assert.deepEqual(ids(index, 'muller'), ['de']);
  assert.deepEqual(ids(index, 'MÜLLER'), ['de']);
  assert.deepEqual(ids(index, '東京'), ['ja']);
  assert.deepEqual(ids(index, '東京都'), ['ja']);
  assert.deepEqual(ids(index, '東'), ['ja']);
  assert.deepEqual(ids(index, '京都の選'), ['ja']);
});

test('adding a review with the same id replaces it and removing forgets it', () => {
  const index = indexOf(review('a', { body: 'first words' }));
  index.add(review('a', { body: 'second words' }));
  assert.equal(index.size, 1);
  assert.deepEqual(ids(index, 'first '), []);
  assert.deepEqual(ids(index, 'second '), ['a']);
  index.remove('a');
  index.remove('missing');
  assert.equal(index.has('a'), false);
  assert.equal(index.size, 0);
  assert.deepEqual(ids(index, 'second '), []);
});

test('pages through hits with limit and offset', () => {
  const index = indexOf(...Array.from({ length: 30 }, (_, n) => review(`r${n}`, { body: 'budget '.repeat(n + 1) })));
  const first = index.search('budget', { limit: 10 });
  const second = index.search('budget', { limit: 10, offset: 10 });
  assert.equal(first.total, 30);
  assert.equal(first.hits.length, 10);
  assert.equal(first.hits[0]?.id, 'r29');
  assert.equal(second.hits[0]?.id, 'r19');
  assert.equal(index.search('budget').hits.length, 20);
});

test('keeps answering the same after many removals compact it', () => {
  const index = indexOf(
    ...Array.from({ length: 400 }, (_, n) => review(`r${n}`, { body: n % 2 ? 'odd budget' : 'even budget' })),
  );
  for (let n = 0; n < 200; n++) index.remove(`r${n}`);
  assert.equal(index.size, 200);
  assert.equal(index.search('budget').total, 200);
  assert.equal(index.search('odd').total, 100);
  index.add(review('late', { body: 'odd one' }));
  assert.equal(index.search('odd').total, 101);
});

test('reports the memory its structures hold', () => {
  const empty = SearchIndex.create().memoryBytes();
  const index = indexOf(review('a', { body: 'words '.repeat(1000) }));
  assert.ok(index.memoryBytes() > empty);
});
