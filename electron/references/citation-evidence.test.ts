import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateMatches, findDates, findQuotes, namesAnAuthor, quoteMatchesTitle, wordAt } from './citation-evidence.ts';

test('dates are found day first, month first, abbreviated, with ordinals and as ISO', () => {
  const text = '(August 30, Reuters) (25 August) of 26 August 2002, Sept. 2nd, 2002-08-27';
  assert.deepEqual(
    findDates(text).map(({ month, day, year }) => ({ month, day, year })),
    [
      { month: 8, day: 30, year: undefined },
      { month: 8, day: 25, year: undefined },
      { month: 8, day: 26, year: 2002 },
      { month: 9, day: 2, year: undefined },
      { month: 8, day: 27, year: 2002 },
    ],
  );
  assert.deepEqual(findDates('in May 2002 or on 40 August or 1970'), []);
});

test('a printed date matches on day and month, and on the year only when printed', () => {
  const reference = { raw: 'x', issued: '2002-08-30' };
  const [withoutYear] = findDates('August 30');
  const [wrongYear] = findDates('30 August 2003');
  assert.ok(withoutYear && wrongYear);
  assert.equal(dateMatches(withoutYear, reference), true);
  assert.equal(dateMatches(wrongYear, reference), false);
  assert.equal(dateMatches(withoutYear, { raw: 'x' }), false);
});

test('quotes are found in straight, curly and guillemet marks', () => {
  assert.deepEqual(
    findQuotes('claim that "Japan gained ground" and “a coup” and « la crise »').map((quote) => quote.text),
    ['Japan gained ground', 'a coup', 'la crise'],
  );
});

test('a quote matches a headline when it shares most of its words, allowing other word endings', () => {
  const reference = { raw: 'x', title: 'Japan gains ground in Pyongyan talks' };
  assert.equal(quoteMatchesTitle('Japan gained ground', reference), true);
  assert.equal(quoteMatchesTitle('it needs tacit approval from the US to sustain the regime', reference), false);
  assert.equal(quoteMatchesTitle('Japan', reference), false);
  assert.equal(quoteMatchesTitle('Japan gained ground', { raw: 'x' }), false);
});

test('an author is named by the full name, or by the family name in mid-sentence', () => {
  const reference = { raw: 'x', authors: ['Elaine Lies'] };
  assert.equal(namesAnAuthor("Elaine Lies' assessment was", reference), true);
  assert.equal(namesAnAuthor('as reported by Lies, the visit', reference), true);
  assert.equal(namesAnAuthor('Lies spread fast.', reference), false);
  assert.equal(namesAnAuthor('Nobody here.', { raw: 'x' }), false);
});

test('whole words only', () => {
  assert.deepEqual(wordAt("CNN's CNNs xCNN CNN", 'CNN'), [0, 16]);
  assert.deepEqual(wordAt('anything', ''), []);
});
