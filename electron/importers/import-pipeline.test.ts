import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { type ImportSource, prepareImport, toReview } from './import-pipeline.ts';

const fixture = new URL('../../../shared/fixtures/pages/weekly-review-63.txt', import.meta.url);
const encode = (text: string) => new TextEncoder().encode(text);

function source(fileName: string, format: ImportSource['format'], bytes: Uint8Array): ImportSource {
  return { fileName, format, bytes };
}

test('a .txt file that looks like a saved page is read as page text, anything else as Markdown', async () => {
  const page = await prepareImport(source('wr63.txt', 'text', new Uint8Array(await readFile(fixture))));
  assert.equal(page.provenance.kind, 'page-text');
  assert.equal(page.draft.series, 'Weekly Review');
  const markdown = await prepareImport(source('notes.txt', 'text', encode('# Notes\n\nPlain text.\n')));
  assert.deepEqual(markdown.provenance, { kind: 'markdown', fileName: 'notes.txt' });
  assert.equal(markdown.draft.title, 'Notes');
});

test('every reference gets its CSL item and the text links to the references it mentions', async () => {
  const text = `---
title: Talks
---

The talks went on, as the BBC reported on 25 August.

## References

- "North Korea - Japan talks Underway", the BBC, 25 August 2002
- A line that does not parse
`;
  const { draft } = await prepareImport(source('talks.md', 'markdown', encode(text)));
  assert.equal(draft.references[0]?.csl?.type, 'article-newspaper');
  assert.ok(draft.references[1]?.csl);
  assert.equal(draft.references[1]?.raw, 'A line that does not parse');
  assert.match(draft.body, /\(#ref-1\)/);
});

test('text must be UTF-8; UTF-16 with its byte-order mark is read too', async () => {
  await assert.rejects(
    prepareImport(source('latin.md', 'markdown', Uint8Array.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9]))),
    { message: 'Cannot import "latin.md": it is not UTF-8 text (save it again with the UTF-8 encoding).' },
  );
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Café talks\n\nText.\n', 'utf16le')]);
  const { draft } = await prepareImport(source('wide.md', 'markdown', new Uint8Array(utf16)));
  assert.equal(draft.title, 'Café talks');
});

test('binary files renamed .md or .txt are refused by what they are', async () => {
  const cases: Array<[string, number[], string]> = [
    ['scan.md', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], 'a PDF document'],
    ['photo.txt', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG image'],
    ['bundle.md', [0x50, 0x4b, 0x03, 0x04, 0x14], 'a zip archive (or a Word, EPUB or OpenDocument file)'],
    ['data.txt', [0x41, 0x00, 0x42], 'a binary file (it contains NUL bytes)'],
  ];
  for (const [name, bytes, kind] of cases) {
    await assert.rejects(
      prepareImport(source(name, name.endsWith('.md') ? 'markdown' : 'text', Uint8Array.from(bytes))),
      {
        message: `Cannot import "${name}": it is ${kind}, not a text file (save the article as .html, .md or .txt).`,
      },
    );
  }
  await assert.rejects(prepareImport(source('empty.html', 'html', new Uint8Array())), {
    message: 'Cannot import "empty.html": it is empty.',
  });
});

test('text fetched from an address is decoded by its charset and keeps the address as provenance', async () => {
  const bytes = new Uint8Array(Buffer.from('# Caf\xe9 talks\n\nText.\n', 'latin1'));
  const prepared = await prepareImport({
    fileName: 'https://example.org/talks.md',
    format: 'markdown',
    bytes,
    contentType: 'text/markdown; charset=iso-8859-1',
    sourceUrl: 'https://example.org/talks.md',
  });
  assert.equal(prepared.draft.title, 'Café talks');
  assert.deepEqual(prepared.provenance, { kind: 'url', url: 'https://example.org/talks.md' });
});

test('stored, the images a page saved are linked under assets/<id>/ and the hash ignores the id', async () => {
  const paragraph = '<p>The harbour papers weighed the wage offer against the strike, week after week.</p>';
  const html = `<html><head><title>Wages</title></head><body><article><h1>Wages</h1>${paragraph.repeat(3)}<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==" alt="Quay">${paragraph.repeat(3)}</article></body></html>`;
  const prepared = await prepareImport(source('wages.html', 'html', encode(html)));
  assert.equal(prepared.assets.length, 1);
  const name = prepared.assets[0]?.name ?? '';
  assert.ok(prepared.draft.body.includes(`offprint-asset:${name}`));
  const review = toReview(prepared, 'review-1');
  assert.ok(review.body.includes(`](assets/review-1/${name})`));
  assert.doesNotMatch(review.body, /offprint-asset:/);
  assert.equal(toReview(prepared, 'review-2').contentHash, review.contentHash);
  assert.deepEqual(review.provenance, { kind: 'html', fileName: 'wages.html' });
});
