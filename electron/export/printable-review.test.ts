import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JSDOM } from 'jsdom';
import type { Review } from '../model/review.ts';
import { printableReview } from './printable-review.ts';

const hostile: Review = {
  id: 'r1',
  title: 'Harbour <script>alert(1)</script> week',
  series: 'Harbour Watch',
  issue: '12',
  publishedAt: '2025-03-02',
  authors: [{ name: 'Ada <b>Quill</b>', affiliation: 'Quay University' }],
  importedAt: '2025-03-03T00:00:00.000Z',
  referenceCount: 1,
  tags: [],
  contentHash: 'h',
  body: '# Part\n\nThe strike went **on**.<script>alert(2)</script><img src=x onerror=alert(3)>\n\n![remote](https://img.example/a.png)\n\n<iframe src="https://e.example/"></iframe>',
  references: [{ raw: '"Cranes stand still", Quay Courier, 2 March 2025', url: 'https://quay.example/cranes' }],
  provenance: { kind: 'markdown' },
};

test('a printable review holds its header, its body through the sanitizer and its references, all as text', async () => {
  const html = await printableReview(hostile);
  const document = new JSDOM(html).window.document;
  assert.equal(document.title, hostile.title);
  assert.equal(document.querySelector('h1')?.textContent, hostile.title);
  assert.equal(document.querySelector('.series')?.textContent, 'Harbour Watch #12');
  assert.equal(document.querySelector('.byline')?.textContent, 'By Ada <b>Quill</b>, Quay University');
  assert.equal(document.querySelector('article h2')?.textContent, 'Part');
  assert.equal(document.querySelector('strong')?.textContent, 'on');
  const references = [...document.querySelectorAll('.references li')].map((item) => item.textContent);
  assert.deepEqual(references, ['"Cranes stand still", Quay Courier, 2 March 2025 https://quay.example/cranes']);
  assert.equal(document.querySelectorAll('script, iframe, b').length, 0);
  // A relative image may stay (the page's policy loads no image but data:); a remote one may not.
  for (const image of document.querySelectorAll('img')) assert.deepEqual(image.getAttributeNames(), ['src']);
  assert.doesNotMatch(html, /onerror|img\.example|e\.example/);
});

test('the printable page loads nothing: its policy allows only inline styles and data: images', async () => {
  const document = new JSDOM(await printableReview(hostile)).window.document;
  const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
  assert.equal(policy, "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  assert.equal(document.querySelectorAll('link, script').length, 0);
});
