import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainCitation, reviewCitation } from './plain-citation.ts';

test('a parsed reference becomes author, quoted title, outlet and a readable date', () => {
  const citation = plainCitation({
    raw: 'x',
    title: 'Strike begins',
    authors: ['Ada Quill'],
    container: 'Reuters',
    issued: '2002-08-30',
  });
  assert.equal(citation, 'Ada Quill, “Strike begins”, Reuters, 30 August 2002');
});

test('missing parts are left out without stray commas', () => {
  assert.equal(plainCitation({ raw: 'x', title: 'Talks', container: 'BBC' }), '“Talks”, BBC');
});

test('an unparsed reference is copied as printed', () => {
  assert.equal(plainCitation({ raw: 'See the archive, page 4.' }), 'See the archive, page 4.');
});

test('a review is cited by its authors, title, series and issue, date and address', () => {
  const review = {
    id: 'r1',
    title: 'How the coastal papers covered the harbour strike',
    series: 'Weekly Media Review',
    issue: '63',
    publishedAt: '2002-08-30',
    authors: [{ name: 'Ada Quill' }, { name: 'Ben Ink' }],
    importedAt: '2026-01-01T00:00:00Z',
    referenceCount: 0,
    tags: [],
    sourceUrl: 'https://reviews.test/63',
  };
  assert.equal(
    reviewCitation(review),
    'Ada Quill and Ben Ink, “How the coastal papers covered the harbour strike”, Weekly Media Review No. 63, 30 August 2002, https://reviews.test/63',
  );
  assert.equal(
    reviewCitation({ ...review, authors: [], series: undefined, sourceUrl: undefined }),
    '“How the coastal papers covered the harbour strike”, No. 63, 30 August 2002',
  );
});
