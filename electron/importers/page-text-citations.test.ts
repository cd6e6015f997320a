import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { linkCitations } from '../references/citation-linker.ts';
import { importPageText } from './page-text-import.ts';

const fixture = new URL('../../../shared/fixtures/pages/weekly-review-63.txt', import.meta.url);

async function readFixture() {
  return importPageText(await readFile(fixture, 'utf8'), 'weekly-review-63.txt');
}

test('the four mentions in the fixture link to their entries and nothing else changes', async () => {
  const { body, references } = await readFixture();
  const expected = body
    .replace('the Asahi Evening News did claim', 'the [Asahi Evening News](#ref-2) did claim')
    .replace('(August 30, Reuters)', '([August 30, Reuters](#ref-3))')
    .replace('the BBC reported', 'the [BBC](#ref-6) reported')
    .replace("CNN's article of 26 August", "[CNN](#ref-7)'s article of 26 August");
  assert.notEqual(expected, body);
  assert.equal(linkCitations(body, references), expected);
});

test('mentions without a date, headline or author beside them stay plain', async () => {
  const { body, references } = await readFixture();
  const linked = linkCitations(body, references);
  assert.ok(linked.includes('news sources such as the BBC, CNN and Reuters was one'));
  assert.ok(linked.includes('quoted in the Asahi Evening News as stating'));
  assert.ok(linked.includes('Towards this end the Asahi Evening News indicated'));
  assert.equal(linked.match(/\]\(#ref-\d+\)/g)?.length, 4);
});

test('linking twice gives the same text as linking once', async () => {
  const { body, references } = await readFixture();
  const once = linkCitations(body, references);
  assert.equal(linkCitations(once, references), once);
});
