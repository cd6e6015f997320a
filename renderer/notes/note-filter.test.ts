import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Note, NoteEntry } from '../../electron/model/note.ts';
import {
  filterNotes,
  foldText,
  hasNoteFilters,
  noNoteFilters,
  noteFacetOptions,
  noteFacetTotal,
  noteFacetValues,
} from './note-filter.ts';

const weekly = { id: 'w12', title: 'How the coastal papers covered the strike', series: 'Weekly', issue: '12' };
const monthly = { id: 'm3', title: 'Radio in März', series: 'Monthly', issue: '3' };
const loose = { id: 'x1', title: 'A loose essay' };

function entry(id: string, review: NoteEntry['review'], fields: Partial<Note> = {}): NoteEntry {
  const note: Note = { id, reviewId: review.id, body: '', createdAt: '2026-01-01', updatedAt: '2026-01-01', ...fields };
  return { note, review };
}

function highlight(id: string, review: NoteEntry['review'], exact: string, fields: Partial<Note> = {}): NoteEntry {
  const selector = { quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length } };
  return entry(id, review, { kind: 'highlight', selector, color: 'yellow', tags: [], ...fields });
}

const archive = [
  highlight('h1', weekly, 'The framing moved a great deal.', {
    body: 'Framing, not facts',
    tags: ['framing', 'press'],
  }),
  highlight('h2', weekly, 'Bread and fuel', { color: 'green', tags: ['press'] }),
  entry('n1', weekly, { body: 'A **free** note on the strike' }),
  highlight('h3', monthly, 'Les ondes régionales', { color: 'blue', tags: ['radio'] }),
  entry('n2', monthly, { kind: 'note', body: 'Listen again to the Café hour', tags: ['radio'] }),
  entry('n3', loose, { body: 'No series here' }),
];
const ids = (entries: NoteEntry[]) => entries.map((shown) => shown.note.id);

test('no filters show every note and highlight in the given order', () => {
  assert.deepEqual(ids(filterNotes(archive, noNoteFilters)), ['h1', 'h2', 'n1', 'h3', 'n2', 'n3']);
  assert.equal(hasNoteFilters(noNoteFilters), false);
  assert.equal(hasNoteFilters({ ...noNoteFilters, text: '   ' }), false);
});

test('the kind filter tells highlights from notes, counting notes without a kind as notes', () => {
  assert.deepEqual(ids(filterNotes(archive, { ...noNoteFilters, kind: 'highlight' })), ['h1', 'h2', 'h3']);
  assert.deepEqual(ids(filterNotes(archive, { ...noNoteFilters, kind: 'note' })), ['n1', 'n2', 'n3']);
});

test('colour, tag and series filters combine', () => {
  assert.deepEqual(ids(filterNotes(archive, { ...noNoteFilters, tag: 'press' })), ['h1', 'h2']);
  assert.deepEqual(ids(filterNotes(archive, { ...noNoteFilters, tag: 'press', color: 'green' })), ['h2']);
  assert.deepEqual(ids(filterNotes(archive, { ...noNoteFilters, series: 'Monthly', tag: 'radio' })), ['h3', 'n2']);
  assert.equal(hasNoteFilters({ ...noNoteFilters, color: 'blue' }), true);
});

test('a highlight without a colour counts as yellow and a free note has no colour', () => {
  const plain = highlight('h9', loose, 'Plain', { color: undefined });
  assert.deepEqual(noteFacetValues(plain, 'color'), ['yellow']);
  assert.deepEqual(noteFacetValues(archive[2] as NoteEntry, 'color'), []);
});

test('the text matches the note, the quote, the tags and the review title, ignoring case and accents', () => {
  const byText = (text: string) => ids(filterNotes(archive, { ...noNoteFilters, text }));
  assert.deepEqual(byText('FRAMING'), ['h1']);
  assert.deepEqual(byText('regionales'), ['h3']);
  assert.deepEqual(byText('cafe'), ['n2']);
  assert.deepEqual(byText('marz'), ['h3', 'n2']);
  assert.deepEqual(byText('coastal'), ['h1', 'h2', 'n1']);
  assert.deepEqual(byText('radio'), ['h3', 'n2']);
  assert.equal(hasNoteFilters({ ...noNoteFilters, text: 'x' }), true);
});

test('every word of the text must match, in any order and any field', () => {
  const byText = (text: string) => ids(filterNotes(archive, { ...noNoteFilters, text }));
  assert.deepEqual(byText('strike  free'), ['n1']);
  assert.deepEqual(byText('facts framing'), ['h1']);
  assert.deepEqual(byText('framing nowhere'), []);
});

test('each option counts the entries it would show under the other filters and the text', () => {
  assert.deepEqual(noteFacetOptions(archive, noNoteFilters, 'kind'), [
    { value: 'highlight', count: 3 },
    { value: 'note', count: 3 },
  ]);
  assert.deepEqual(noteFacetOptions(archive, { ...noNoteFilters, series: 'Weekly' }, 'kind'), [
    { value: 'highlight', count: 2 },
    { value: 'note', count: 1 },
  ]);
  assert.deepEqual(noteFacetOptions(archive, { ...noNoteFilters, text: 'radio' }, 'tag'), [
    { value: 'radio', count: 2 },
  ]);
  assert.deepEqual(noteFacetOptions(archive, { ...noNoteFilters, kind: 'highlight' }, 'series'), [
    { value: 'Monthly', count: 1 },
    { value: 'Weekly', count: 2 },
  ]);
});

test('the chosen option stays listed with a count of zero when the other filters exclude it', () => {
  const filters = { ...noNoteFilters, color: 'green', series: 'Monthly' };
  assert.deepEqual(noteFacetOptions(archive, filters, 'color'), [
    { value: 'blue', count: 1 },
    { value: 'green', count: 0 },
  ]);
  assert.deepEqual(filterNotes(archive, filters), []);
});

test('the "all" count of a facet counts the entries under the other filters and the text only', () => {
  const filters = { ...noNoteFilters, kind: 'highlight' as const, tag: 'press' };
  assert.equal(noteFacetTotal(archive, filters, 'kind'), 2);
  assert.equal(noteFacetTotal(archive, filters, 'tag'), 3);
  assert.equal(noteFacetTotal(archive, { ...noNoteFilters, text: 'radio' }, 'series'), 2);
  assert.equal(noteFacetTotal(archive, noNoteFilters, 'color'), 6);
});

test('folded text has no case, accents or repeated white space', () => {
  assert.equal(foldText('  Ça  VA\n\tÉlan '), 'ca va elan');
});
