import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainCitation } from './plain-citation.ts';

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
