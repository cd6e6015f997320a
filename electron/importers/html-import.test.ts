import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importHtml } from './html-import.ts';
import { findUnsafeMarkup } from './html-unsafe-patterns.ts';

const testPages = fileURLToPath(new URL('./test-pages-html/', import.meta.url));
let folder = '';

before(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'offprint-html-import-'));
  await cp(testPages, folder, { recursive: true });
});

after(async () => {
  await rm(folder, { recursive: true, force: true });
});

function page(html: string): Uint8Array {
  return new TextEncoder().encode(html);
}

function article(body: string, head = ''): string {
  const filler =
    'This paragraph is here so the page reads as an article: it talks about the week in the press at some length, ' +
    'with enough words in it that Readability takes it for the main text of the page rather than for a caption.';
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A test article</title>${head}</head><body><article><h1>A test article</h1><p>${filler}</p>${body}<p>${filler}</p></article></body></html>`;
}

test('a saved page with its _files folder gives every field, its references and its local image', async () => {
  const bytes = await readFile(path.join(folder, 'weekly-review-64.html'));
  const { draft, assets, dropped } = await importHtml({
    bytes,
    fileName: 'weekly-review-64.html',
    localFilesDir: path.join(folder, 'weekly-review-64_files'),
  });

  assert.equal(draft.title, 'How the press covered the harbour summit');
  assert.deepEqual(draft.authors, [{ name: 'Aiko Tanaka', affiliation: 'Keio University' }, { name: 'Ben Ito' }]);
  assert.equal(draft.site, 'Media Review Platform');
  assert.equal(draft.publishedAt, '2002-09-09');
  assert.equal(draft.language, 'en-GB');
  assert.equal(draft.sourceUrl, 'https://review.example.org/weekly/64');
  assert.deepEqual(draft.tags, []);

  assert.equal(draft.references.length, 3);
  assert.deepEqual(draft.references[0], {
    raw: 'Hana Mori, "Summit to settle fishing question", Morning Ledger, 2 September 2002',
    title: 'Summit to settle fishing question',
    authors: ['Hana Mori'],
    container: 'Morning Ledger',
    issued: '2002-09-02',
  });
  assert.equal(draft.references[1]?.container, 'Coastal Herald');
  assert.deepEqual(draft.references[2], { raw: "Port notes from the summit hall, seen on the Herald's website" });

  const png = await readFile(path.join(folder, 'weekly-review-64_files', 'chart.png'));
  const name = `${createHash('sha256').update(png).digest('hex').slice(0, 12)}.png`;
  assert.deepEqual(
    assets.map((asset) => ({ ...asset, bytes: Buffer.from(asset.bytes) })),
    [{ name, mediaType: 'image/png', bytes: png }],
  );
  assert.ok(draft.body.includes(`![Front-page mentions per day](offprint-asset:${name})`));
  assert.ok(draft.body.startsWith('The two-day harbour summit closed on Saturday'), 'the byline line is not body text');
  assert.ok(draft.body.endsWith("appear in none of the week's reports."));
  for (const absent of ['References', 'Hana Mori', 'Copyright', 'Home', 'By Aiko Tanaka']) {
    assert.ok(!draft.body.includes(absent), `the body should not contain "${absent}"`);
  }
  assert.deepEqual(dropped, [
    'Dropped the local image "weekly-review-64_files/logo.svg" (SVG images can carry scripts, so they are not kept)',
    'Dropped the local image "weekly-review-64_files/not-a-picture.png" (it is not a PNG, JPEG, GIF, WebP or AVIF image)',
    `Dropped the local image "weekly-review-64_files/missing.png" (it is not in the page's folder)`,
    'Dropped the remote image https://images.example.org/summit-photo.jpg (remote images are fetched only when importing from an address or with "fetch remote images" on)',
  ]);
  assert.deepEqual(findUnsafeMarkup(draft.body), []);
});

test('a saved page imported without its _files folder drops its local images with a note', async () => {
  const bytes = await readFile(path.join(folder, 'weekly-review-64.html'));
  const { assets, dropped, draft } = await importHtml({ bytes, fileName: 'weekly-review-64.html' });
  assert.deepEqual(assets, []);
  assert.ok(
    dropped.includes(
      'Dropped the local image "weekly-review-64_files/chart.png" (import the page together with its _files folder to keep its images)',
    ),
  );
  assert.ok(!draft.body.includes('offprint-asset:'));
});

test('a page without a reference list, with JSON-LD metadata, gives its date and authors from there', async () => {
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'A test article',
    datePublished: '2003-01-20T10:00:00Z',
    author: [
      { '@type': 'Person', name: 'Alice Smith' },
      { '@type': 'Person', name: 'Bob Jones' },
    ],
  });
  const { draft } = await importHtml({
    bytes: page(article('<p>Nothing to cite here.</p>', `<script type="application/ld+json">${jsonLd}</script>`)),
    fileName: 'json-ld.html',
  });
  assert.equal(draft.publishedAt, '2003-01-20');
  assert.deepEqual(draft.authors, [{ name: 'Alice Smith' }, { name: 'Bob Jones' }]);
  assert.deepEqual(draft.references, []);
  assert.equal(draft.sourceUrl, undefined);
  assert.equal(draft.language, 'en');
});

test('a Shift_JIS page decodes to the right characters', async () => {
  const shiftJis = [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea];
  const html = article('<p>@@</p>').replace('<meta charset="utf-8">', '<meta charset="Shift_JIS">');
  const [head = '', tail = ''] = html.split('@@');
  const bytes = Buffer.concat([
    new TextEncoder().encode(head),
    Uint8Array.from(shiftJis),
    new TextEncoder().encode(tail),
  ]);
  const { draft } = await importHtml({ bytes, fileName: 'nihongo.html' });
  assert.ok(draft.body.includes('日本語'));
});

test('the HTTP charset of a downloaded page is used when given', async () => {
  const eucJp = [0xc6, 0xfc, 0xcb, 0xdc, 0xb8, 0xec];
  const [head = '', tail = ''] = article('<p>@@</p>').replace('<meta charset="utf-8">', '').split('@@');
  const bytes = Buffer.concat([new TextEncoder().encode(head), Uint8Array.from(eucJp), new TextEncoder().encode(tail)]);
  const { draft } = await importHtml({
    bytes,
    fileName: 'page',
    sourceUrl: 'https://news.example.org/story',
    contentType: 'text/html; charset=EUC-JP',
  });
  assert.ok(draft.body.includes('日本語'));
  assert.equal(draft.sourceUrl, 'https://news.example.org/story');
});

test('relative links of a downloaded page point at its site; those of a saved file lose their link', async () => {
  const html = article('<p>Read <a href="/other">the other story</a> and <a href="#part-2">part two</a>.</p>');
  const web = await importHtml({ bytes: page(html), fileName: 'page', sourceUrl: 'https://news.example.org/a/story' });
  assert.ok(web.draft.body.includes('[the other story](https://news.example.org/other)'));
  const saved = await importHtml({ bytes: page(html), fileName: 'story.html' });
  assert.ok(saved.draft.body.includes('Read the other story and part two.'));
});

test('a title missing from the page falls back to the file name', async () => {
  const html = article('<p>More text.</p>')
    .replace('<title>A test article</title>', '')
    .replace(/<h1>.*?<\/h1>/, '');
  const { draft } = await importHtml({ bytes: page(html), fileName: 'Talks resume.html' });
  assert.equal(draft.title, 'Talks resume');
});

test('an empty or blank file is refused', async () => {
  for (const bytes of [new Uint8Array(), page('  \n\t '), Uint8Array.of(0xef, 0xbb, 0xbf, 0x0a)]) {
    await assert.rejects(importHtml({ bytes, fileName: 'empty.html' }), {
      name: 'OffprintError',
      message: 'Cannot import "empty.html": it is empty (save the page again and import the new file)',
    });
  }
});

test('a PDF, a PNG or a ZIP file renamed .html is refused and named', async () => {
  const cases: Array<[number[], string]> = [
    [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34], 'a PDF file'],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG image'],
    [[0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'a ZIP archive'],
  ];
  for (const [magic, kind] of cases) {
    await assert.rejects(importHtml({ bytes: Uint8Array.from([...magic, 0x00, 0x01]), fileName: 'review.html' }), {
      message: `Cannot import "review.html": it is ${kind}, not a web page (supported: .html, .htm, .md, .txt)`,
    });
  }
});

test('a page over 20 MB is refused', async () => {
  const bytes = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x20);
  await assert.rejects(importHtml({ bytes, fileName: 'huge.html' }), {
    message:
      'Cannot import "huge.html": it is larger than the 20 MB limit (save the article page alone and import that)',
  });
});

test('invalid UTF-8 is refused with the reason', async () => {
  const bytes = Buffer.concat([page('<html><body><p>caf'), Uint8Array.of(0xe9), page('</p></body></html>')]);
  await assert.rejects(importHtml({ bytes, fileName: 'latin.html' }), {
    message:
      'Cannot import "latin.html": it is not valid UTF-8 text (save it again as UTF-8, or declare its character set in a <meta charset> tag)',
  });
});

test('a page that is only scripts has no article to import', async () => {
  const html =
    '<!DOCTYPE html><html><head><title>Loading…</title><script src="https://cdn.example.org/app.js"></script></head>' +
    '<body><div id="root"></div><script>window.start();</script><noscript>Turn on JavaScript.</noscript></body></html>';
  await assert.rejects(importHtml({ bytes: page(html), fileName: 'app.html' }), {
    message:
      'Cannot import "app.html": no article text could be found in it (open it in a browser to check it holds the article)',
  });
});
