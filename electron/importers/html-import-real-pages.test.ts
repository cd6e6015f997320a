import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';
import { importHtml } from './html-import.ts';
import { toIsoDate } from './html-metadata.ts';
import { findRenderedHazards, findUnsafeMarkup } from './html-unsafe-patterns.ts';

/** What Readability's own test suite expects of each page. */
interface ExpectedMetadata {
  title: string;
  byline: string | null;
  lang?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

const realPages = new URL('../../../shared/fixtures/real-pages/', import.meta.url);
const folders = readdirSync(realPages, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

// Readability reads these bylines off the page, but they name no one: the authors list stays empty.
const bylinesNamingNoOne: Record<string, string> = {
  'royal-road': 'a "Follow Author" button',
  'seattletimes-1': 'a date stamp',
  spiceworks: 'a "Last Updated" stamp',
};

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

test('the real pages are all there', () => {
  assert.ok(folders.length >= 36, `expected at least 36 real pages, found ${folders.length}`);
});

for (const folder of folders) {
  test(`real page "${folder}" imports with its title, byline, metadata and a clean body`, async (t) => {
    const source = readFileSync(fileURLToPath(new URL(`${folder}/source.html`, realPages)));
    const expected = JSON.parse(
      readFileSync(fileURLToPath(new URL(`${folder}/expected-metadata.json`, realPages)), 'utf8'),
    ) as ExpectedMetadata;
    const started = performance.now();
    const { draft, assets, dropped } = await importHtml({ bytes: source, fileName: `${folder}.html` });
    t.diagnostic(`${Math.round(performance.now() - started)} ms, ${dropped.length} images dropped`);

    assert.equal(draft.title, normalise(expected.title));
    if (expected.byline === null) {
      assert.deepEqual(draft.authors, []);
    } else if (folder in bylinesNamingNoOne) {
      assert.deepEqual(draft.authors, [], `the byline is ${bylinesNamingNoOne[folder]}`);
    } else {
      assert.ok(draft.authors.length > 0, `authors from "${expected.byline}"`);
      const byline = normalise(expected.byline).toLowerCase();
      for (const author of draft.authors) {
        assert.ok(byline.includes(author.name.toLowerCase()), `"${author.name}" is part of "${expected.byline}"`);
      }
    }
    if (expected.lang) assert.equal(draft.language, expected.lang);
    if (expected.siteName) assert.equal(draft.site, normalise(expected.siteName));
    if (expected.publishedTime) assert.equal(draft.publishedAt, toIsoDate(expected.publishedTime));

    assert.ok(draft.body.length > 0);
    assert.deepEqual(findUnsafeMarkup(draft.body), []);
    assert.deepEqual(findRenderedHazards(marked.parse(draft.body, { async: false })), []);
    // Without a fetcher nothing is downloaded: only inline data: images can be saved; remote ones are dropped.
    if (assets.length > 0) assert.ok(source.includes('data:image/'));
    for (const line of dropped) assert.match(line, /^Dropped the (?:remote|local|inline) image /);
  });
}
