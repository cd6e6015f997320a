import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRandom } from '../fake-data/seeded-random.ts';
import type { SearchDocument } from '../search/index/search-document.ts';
import { makeQueries, withTypo } from './search-queries.ts';

const doc: SearchDocument = {
  id: 'r1',
  title: 'Harbour week',
  authors: ['Mara Lindqvist, Centre for Press Studies'],
  tags: [],
  body: 'The harbour strike dominated coverage while regional newspapers compared shipping figures.',
  references: ['"Cranes stand still", Coastal Wire, 2 March 2025'],
  outlets: ['Coastal Wire'],
  notes: [],
};

test('each kind of query is drawn from the documents, the same for the same seed', () => {
  const queries = makeQueries([doc], createRandom(7), 3);
  assert.equal(queries.length, 15);
  assert.deepEqual([...new Set(queries.map((query) => query.kind))], ['words', 'prefix', 'phrase', 'field', 'typo']);
  assert.deepEqual(makeQueries([doc], createRandom(7), 3), queries);
  for (const query of queries.filter((q) => q.kind === 'words')) {
    for (const word of query.text.split(' ')) assert.ok(doc.body.toLowerCase().includes(word), word);
  }
  assert.ok(queries.filter((q) => q.kind === 'phrase').every((q) => /^".+ .+"$/.test(q.text)));
  assert.ok(
    queries.filter((q) => q.kind === 'field').every((q) => /^(author:Lindqvist|outlet:Wire) \S+$/.test(q.text)),
  );
});

test('a typo swaps two neighbouring letters inside the word and keeps its length', () => {
  const typo = withTypo('harbour', createRandom(3));
  assert.notEqual(typo, 'harbour');
  assert.equal(typo.length, 7);
  assert.equal([...typo].sort().join(''), [...'harbour'].sort().join(''));
  assert.equal(typo[0], 'h');
  assert.equal(withTypo('port', createRandom(3)), 'port');
});
