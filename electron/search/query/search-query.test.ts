import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateNumber, parseQuery } from './search-query.ts';

test('every word is a clause and only the last one, still being typed, is a prefix', () => {
  const parsed = parseQuery('Regional Pre');
  assert.deepEqual(
    parsed.clauses.map((clause) => [clause.terms, clause.prefix, clause.fuzzy]),
    [
      [['regional'], false, true],
      [['pre'], true, true],
    ],
  );
});

test('a trailing space ends the last word, so it is no longer a prefix', () => {
  assert.equal(parseQuery('press ').clauses[0]?.prefix, false);
});

test('quotes make a phrase that is neither a prefix nor forgiving of typos', () => {
  const [clause] = parseQuery('"the Regional press"').clauses;
  assert.deepEqual(clause?.terms, ['the', 'regional', 'press']);
  assert.equal(clause?.prefix, false);
  assert.equal(clause?.fuzzy, false);
});

test('an unclosed quote runs to the end', () => {
  assert.deepEqual(parseQuery('"open phrase').clauses[0]?.terms, ['open', 'phrase']);
});

test('a minus excludes a word or a phrase', () => {
  const clauses = parseQuery('press -courts -"supreme court"').clauses;
  assert.deepEqual(
    clauses.map((clause) => [clause.terms, clause.exclude]),
    [
      [['press'], false],
      [['courts'], true],
      [['supreme', 'court'], true],
    ],
  );
  assert.equal(clauses[1]?.prefix, false);
});

test('a lone minus is not an exclusion', () => {
  assert.deepEqual(parseQuery('a - b').clauses.length, 2);
});

test('fields take a word or a quoted value', () => {
  const clauses = parseQuery('author:"Ana Ruiz" outlet:Reuters series:weekly tag:labour title:Budget').clauses;
  assert.deepEqual(
    clauses.map((clause) => [clause.field, clause.terms]),
    [
      ['author', ['ana', 'ruiz']],
      ['outlet', ['reuters']],
      ['series', ['weekly']],
      ['tag', ['labour']],
      ['title', ['budget']],
    ],
  );
});

test('an unknown field is just words', () => {
  const clauses = parseQuery('foo:bar').clauses;
  assert.deepEqual(
    clauses.map((clause) => [clause.field, clause.terms]),
    [[null, ['foo', 'bar']]],
  );
});

test('in:notes limits matching to notes and is not a word', () => {
  const parsed = parseQuery('in:notes turnout');
  assert.equal(parsed.inNotes, true);
  assert.deepEqual(
    parsed.clauses.map((clause) => clause.terms),
    [['turnout']],
  );
});

test('before: and after: take a day, a month or a year', () => {
  const parsed = parseQuery('before:2003-05-09 after:2001-02 budget');
  assert.equal(parsed.before, 20030509);
  assert.equal(parsed.after, 20010201);
  assert.equal(parseQuery('after:1999').after, 19990101);
  assert.deepEqual(parsed.problems, []);
});

test('a bad date is a problem line and the rest of the query still counts', () => {
  const parsed = parseQuery('before:yesterday budget after:2003-13-01');
  assert.deepEqual(parsed.problems, ['before: needs a date like 2003-01-01', 'after: needs a date like 2003-01-01']);
  assert.equal(parsed.before, null);
  assert.deepEqual(
    parsed.clauses.map((clause) => clause.terms),
    [['budget']],
  );
});

test('dates become comparable numbers, and non-dates none', () => {
  assert.equal(dateNumber('2003-01-31'), 20030131);
  assert.equal(dateNumber('2003'), 20030101);
  assert.equal(dateNumber('03-01-01'), null);
  assert.equal(dateNumber('2003-00'), null);
});

test('a word of punctuation only is dropped and an empty query has no clauses', () => {
  assert.deepEqual(parseQuery('   ').clauses, []);
  assert.deepEqual(parseQuery('!!! budget').clauses.length, 1);
});
