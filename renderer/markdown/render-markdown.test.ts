import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JSDOM } from 'jsdom';
import { createHtmlSanitizer, createMarkdownRenderer } from './render-markdown.ts';

const page = new JSDOM('<!doctype html><div id="out"></div>', { url: 'http://127.0.0.1:4000/' }).window;
const render = createMarkdownRenderer(page as unknown as Window & typeof globalThis);

function shown(markdown: string, headingOffset = 0): HTMLElement {
  const out = page.document.createElement('div');
  out.replaceChildren(render(markdown, { headingOffset }));
  return out as unknown as HTMLElement;
}

test('Markdown becomes DOM nodes, with GFM tables', () => {
  const fragment = render('Some *text*.\n\n| a | b |\n|---|---|\n| 1 | 2 |');
  assert.ok(fragment instanceof page.DocumentFragment);
  const out = shown('Some *text*.\n\n| a | b |\n|---|---|\n| 1 | 2 |');
  assert.equal(out.querySelector('em')?.textContent, 'text');
  assert.equal(out.querySelectorAll('td').length, 2);
});

test('scripts, event handlers and javascript: links are removed', () => {
  const out = shown('<script>alert(1)</script><p onclick="alert(1)">x</p>\n\n[go](javascript:alert(1))');
  assert.equal(out.querySelector('script'), null);
  assert.equal(out.querySelector('p')?.getAttribute('onclick'), null);
  assert.equal(out.querySelector('a')?.hasAttribute('href'), false);
});

test('styles, forms, frames, embeds and SVG never reach the page', () => {
  const out = shown(
    '<style>body{}</style><p style="color:red">x</p><form><input><button>b</button><textarea></textarea>' +
      '<select></select></form><iframe src="https://e.test"></iframe><object></object><embed>' +
      '<svg><script>1</script></svg><base href="https://e.test/"><meta http-equiv="refresh"><link rel="x">',
  );
  for (const tag of ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'svg']) {
    assert.equal(out.querySelector(tag), null, `${tag} was kept`);
  }
  for (const tag of ['base', 'meta', 'link']) assert.equal(out.querySelector(tag), null, `${tag} was kept`);
  assert.equal(out.querySelector('p')?.hasAttribute('style'), false);
});

test('web links open apart from the app, never pass a referrer, and in-page links stay', () => {
  const out = shown('[site](https://news.test/a) [top](#notes) [file](/etc/passwd) [mail](mailto:a@b.test)');
  const [web, anchor, path, mail] = [...out.querySelectorAll('a')];
  assert.equal(web?.getAttribute('href'), 'https://news.test/a');
  assert.equal(web?.getAttribute('rel'), 'noopener noreferrer');
  assert.equal(web?.getAttribute('target'), '_blank');
  assert.equal(anchor?.getAttribute('href'), '#notes');
  assert.equal(anchor?.getAttribute('rel'), 'noopener noreferrer');
  assert.equal(path?.hasAttribute('href'), false);
  assert.equal(mail?.hasAttribute('href'), false);
});

test('only data: images and relative images on the page origin are kept, so rendering never reaches the network', () => {
  const out = shown(
    '![remote](https://img.test/a.png) ![relative-host](//img.test/a.png) ![local](assets/a.png) ' +
      '![inline](data:image/png;base64,iVBORw0KGgo=) <img src="http://127.0.0.1:4000/x.png"> ' +
      '<img src="b.png" srcset="https://img.test/b.png 2x">',
  );
  const sources = [...out.querySelectorAll('img')].map((image) => image.getAttribute('src'));
  assert.deepEqual(sources, ['assets/a.png', 'data:image/png;base64,iVBORw0KGgo=', 'b.png']);
  assert.equal(out.querySelector('img[srcset]'), null);
});

test('ids from imported text cannot take the names of the page’s own elements', () => {
  const out = shown('<p id="article">x</p>');
  assert.equal(out.querySelector('p')?.id, 'user-content-article');
});

test('headings are pushed down under the page’s own heading', () => {
  const out = shown('# Part one\n\n###### Deep', 1);
  assert.equal(out.querySelector('h2')?.textContent, 'Part one');
  assert.equal(out.querySelector('h6')?.textContent, 'Deep');
  assert.equal(out.querySelector('h1'), null);
});

test('footnote marks and their back links point at ids that exist after sanitizing', () => {
  const out = shown(
    'Talks resumed.[^1] Food aid was not discussed.[^aid]\n\n[^1]: After two years.\n\n[^aid]: Said a ministry official.',
  );
  const marks = [...out.querySelectorAll('a[data-footnote-ref]')];
  const backs = [...out.querySelectorAll('a[data-footnote-backref]')];
  assert.equal(marks.length, 2);
  assert.equal(backs.length, 2);
  for (const link of [...marks, ...backs]) {
    const id = link.getAttribute('href')?.slice(1) ?? '';
    assert.ok(id.startsWith('user-content-'), `${id} is not a sanitized id`);
    assert.ok(out.querySelector(`[id="${id}"]`), `nothing carries the id ${id}`);
  }
  assert.equal(out.querySelector(`[id="${marks[0]?.getAttribute('aria-describedby')}"]`)?.textContent, 'Footnotes');
  assert.match(out.querySelector('section.footnotes li')?.textContent ?? '', /After two years/);
});

test('citation links to reference entries keep their #ref-N, which the page’s reference list carries', () => {
  const out = shown('She said so (August 30, [Reuters](#ref-3)).');
  assert.equal(out.querySelector('a')?.getAttribute('href'), '#ref-3');
});

test('footnotes render the same on every call, and headings keep their offset beside them', () => {
  const source = '# Notes\n\nText.[^1]\n\n[^1]: The note.';
  const first = shown(source, 1);
  const second = shown(source, 1);
  assert.equal(first.innerHTML, second.innerHTML);
  assert.equal(first.querySelector('h2:not(.visually-hidden)')?.textContent, 'Notes');
  assert.equal(shown('# Top', 2).querySelector('h3')?.textContent, 'Top');
});

test('pasted HTML is cleaned by the same rules before it is converted: no script, handler, remote image or script link', () => {
  const sanitize = createHtmlSanitizer(page as unknown as Window & typeof globalThis);
  const clean = sanitize(
    '<p onmouseover="alert(1)">Hi <a href="javascript:alert(2)">x</a> <a href="https://news.test/a">y</a>' +
      '<img src="https://img.test/a.png"><img src="data:image/png;base64,iVBORw0KGgo="></p><script>alert(3)</script>' +
      '<iframe src="https://e.test"></iframe><form><button>b</button></form>',
  );
  assert.equal(typeof clean, 'string');
  assert.doesNotMatch(clean, /alert|img\.test|iframe|form|button|script/);
  assert.match(clean, /<a href="https:\/\/news\.test\/a" target="_blank" rel="noopener noreferrer">y<\/a>/);
  assert.match(clean, /<img src="data:image\/png;base64,iVBORw0KGgo=">/);
});
