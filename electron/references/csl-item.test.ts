import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toCslItem } from './csl-item.ts';
import { parseReference } from './reference-parser.ts';

test('a news reference becomes an article-newspaper item with every field', () => {
  const item = toCslItem(
    parseReference('Elaine Lies, "Japan PM to make historic North Korean visit", Reuters, 30 August 2002'),
  );
  assert.deepEqual(item, {
    id: item.id,
    type: 'article-newspaper',
    title: 'Japan PM to make historic North Korean visit',
    author: [{ family: 'Lies', given: 'Elaine' }],
    'container-title': 'Reuters',
    issued: { 'date-parts': [[2002, 8, 30]] },
  });
  assert.match(String(item.id), /^lies-2002-japan-[0-9a-f]{6}$/);
});

test('particles stay with the family name and one-word names stay literal', () => {
  const item = toCslItem({
    raw: 'John de Boer and Madonna, "Talks", Example Wire, 2002-08-26',
    title: 'Talks',
    authors: ['John de Boer', 'Madonna'],
    container: 'Example Wire',
    issued: '2002-08-26',
  });
  assert.deepEqual(item.author, [{ family: 'de Boer', given: 'John' }, { literal: 'Madonna' }]);
});

test('a reference without an outlet is an article, and its url is kept', () => {
  const item = toCslItem({
    raw: '"Talks end", https://news.example/a',
    title: 'Talks end',
    url: 'https://news.example/a',
  });
  assert.equal(item.type, 'article');
  assert.equal(item.URL, 'https://news.example/a');
  assert.equal(item['container-title'], undefined);
  assert.equal(item.author, undefined);
  assert.equal(item.issued, undefined);
});

test('a line that did not parse keeps its printed text as the title', () => {
  const item = toCslItem({ raw: 'Broadband plan summary, ministry press office (undated)' });
  assert.equal(item.type, 'article');
  assert.equal(item.title, 'Broadband plan summary, ministry press office (undated)');
  assert.match(String(item.id), /^ref-[0-9a-f]{6}$/);
});

test('partial dates give as many date parts as they have', () => {
  assert.deepEqual(toCslItem({ raw: 'x', issued: '2002-08' }).issued, { 'date-parts': [[2002, 8]] });
  assert.deepEqual(toCslItem({ raw: 'x', issued: '2002' }).issued, { 'date-parts': [[2002]] });
  assert.equal(toCslItem({ raw: 'x', issued: 'late 2002' }).issued, undefined);
});

test('ids are stable for the same line, differ between lines, and are plain ASCII even for accented names', () => {
  const one = {
    raw: 'Ana Pérez, "Ports reopen", Harbour Post, 4 March 2024',
    authors: ['Ana Pérez'],
    title: 'Ports reopen',
    issued: '2024-03-04',
  };
  assert.equal(toCslItem(one).id, toCslItem({ ...one }).id);
  assert.notEqual(toCslItem(one).id, toCslItem({ ...one, raw: `${one.raw}.` }).id);
  assert.match(String(toCslItem(one).id), /^perez-2024-ports-[0-9a-f]{6}$/);
});
