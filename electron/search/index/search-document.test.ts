import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Note } from '../../model/note.ts';
import type { Review } from '../../model/review.ts';
import { documentOf } from './search-document.ts';

const review: Review = {
  id: 'r1',
  title: 'Strike coverage',
  subtitle: 'A week of harbour news',
  series: 'Weekly Media Review',
  issue: '12',
  publishedAt: '2024-03-04',
  authors: [{ name: 'Ana Ruiz', affiliation: 'University of Leeds' }, { name: 'Jon Lee' }],
  importedAt: '2024-03-05T10:00:00.000Z',
  referenceCount: 2,
  tags: ['labour'],
  body: 'The papers wrote about the strike.',
  references: [
    { raw: 'Dockers walk out. Reuters, 1 March 2024.', container: 'Reuters' },
    { raw: 'Port closed. Reuters, 2 March 2024.', container: ' Reuters ' },
    { raw: 'An unparsed line' },
  ],
  contentHash: 'abc',
  provenance: { kind: 'markdown' },
};

const note = (fields: Partial<Note>): Note => ({
  id: 'n',
  reviewId: 'r1',
  body: '',
  createdAt: '2024-03-06T00:00:00.000Z',
  updatedAt: '2024-03-06T00:00:00.000Z',
  ...fields,
});

test('a review becomes a document with its byline, references and each outlet once', () => {
  const document = documentOf(review, []);
  assert.equal(document.id, 'r1');
  assert.equal(document.title, 'Strike coverage\nA week of harbour news');
  assert.equal(document.series, 'Weekly Media Review');
  assert.equal(document.issue, '12');
  assert.equal(document.publishedAt, '2024-03-04');
  assert.deepEqual(document.authors, ['Ana Ruiz, University of Leeds', 'Jon Lee']);
  assert.deepEqual(document.tags, ['labour']);
  assert.equal(document.body, 'The papers wrote about the strike.');
  assert.deepEqual(document.references, [
    'Dockers walk out. Reuters, 1 March 2024.',
    'Port closed. Reuters, 2 March 2024.',
    'An unparsed line',
  ]);
  assert.deepEqual(document.outlets, ['Reuters']);
  assert.deepEqual(document.notes, []);
});

test('free notes, highlight comments, highlighted quotes and highlight tags are all searchable notes', () => {
  const selector = {
    quote: { exact: 'wrote about', prefix: 'papers ', suffix: ' the' },
    position: { start: 11, end: 22 },
  };
  const document = documentOf(review, [
    note({ id: 'a', body: 'Compare with 1984' }),
    note({ id: 'b', kind: 'highlight', body: 'Biased?', selector, tags: ['framing', 'bias'] }),
    note({ id: 'c', kind: 'highlight', body: '', selector }),
  ]);
  assert.deepEqual(document.notes, ['Compare with 1984', 'Biased?', 'wrote about', 'framing', 'bias', 'wrote about']);
});

test('missing series, issue and date stay absent rather than empty', () => {
  const { series, issue, publishedAt, ...rest } = review;
  const document = documentOf({ ...rest, subtitle: undefined }, []);
  assert.equal('series' in document, false);
  assert.equal('issue' in document, false);
  assert.equal('publishedAt' in document, false);
  assert.equal(document.title, 'Strike coverage');
});
