import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JSDOM } from 'jsdom';
import { takeReferenceList } from './html-references.ts';

function articleOf(html: string): Element {
  return new JSDOM(`<div id="article">${html}</div>`).window.document.getElementById('article') as Element;
}

test('a "References" heading and the list after it become parsed references and leave the text', () => {
  const article = articleOf(
    '<p>Body.</p><h2>References</h2><ol>' +
      '<li>Elaine Lies, "Japan PM to make historic North Korean visit", Reuters, 30 August 2002</li>' +
      '<li>A line that does not parse</li></ol><p>After.</p>',
  );
  assert.deepEqual(takeReferenceList(article), [
    {
      raw: 'Elaine Lies, "Japan PM to make historic North Korean visit", Reuters, 30 August 2002',
      title: 'Japan PM to make historic North Korean visit',
      authors: ['Elaine Lies'],
      container: 'Reuters',
      issued: '2002-08-30',
    },
    { raw: 'A line that does not parse' },
  ]);
  assert.equal(article.innerHTML, '<p>Body.</p><p>After.</p>');
});

test('a "Sources:" paragraph heading and a wrapped list are found, and a lone link gives the address', () => {
  const article = articleOf(
    '<p>Body.</p><p><strong>Sources:</strong></p><div class="list"><ul>' +
      '<li><a href="https://news.example.org/a">"Talks resume", Daily News, 2 May 2003</a></li></ul></div>',
  );
  const references = takeReferenceList(article);
  assert.equal(references[0]?.url, 'https://news.example.org/a');
  assert.equal(references[0]?.container, 'Daily News');
  assert.equal(article.innerHTML, '<p>Body.</p>');
});

test("a wiki's heading with an [edit] link and back-links before each entry", () => {
  const article = articleOf(
    '<div><h2>References<span>[edit]</span></h2></div><div><ol>' +
      '<li><b>^</b> "Talks resume". Daily News.</li><li>^ <i>a</i> <i>b</i> Another entry.</li></ol></div>',
  );
  assert.deepEqual(
    takeReferenceList(article).map((reference) => reference.raw),
    ['"Talks resume". Daily News.', 'Another entry.'],
  );
});

test('a heading without a list after it, or a page without one, gives no references and changes nothing', () => {
  const html = '<h2>References</h2><p>See the printed edition.</p>';
  const article = articleOf(html);
  assert.deepEqual(takeReferenceList(article), []);
  assert.equal(article.innerHTML, html);
  assert.deepEqual(takeReferenceList(articleOf('<p>Just text.</p><ul><li>A list</li></ul>')), []);
});
