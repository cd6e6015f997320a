import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { marked } from 'marked';
import { OffprintError } from '../model/offprint-error.ts';
import { importHtml } from './html-import.ts';
import { findRenderedHazards, findUnsafeMarkup } from './html-unsafe-patterns.ts';

const filler =
  'This paragraph is here so the page reads as an article: it talks about the week in the press at some length, ' +
  'with enough words in it that Readability takes it for the main text of the page rather than for a caption. ' +
  'It is long enough for Readability to accept the article on its first pass, which keeps this test quick.';

const hostilePage = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="refresh" content="0; url=https://evil.example.net/">
<title>A page that tries everything</title><base href="https://evil.example.net/">
<style>body { background: url(https://evil.example.net/track.png); }</style>
<script>document.title = 'changed';</script></head>
<body onload="alert('body')"><article><h1>A page that tries everything</h1>
<p onclick="alert('paragraph')">${filler}</p>
<p>Here is <a href="javascript:alert('link')">a script link</a>, <a href="vbscript:msgbox('x')">an old one</a>,
<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">a data link</a> and
<a href="https://news.example.com/story" onmouseover="alert('hover')">a real story link</a>.</p>
<p>The text may talk about code such as &lt;script&gt;alert(1)&lt;/script&gt; or an attribute like
onload=run() and the address javascript:void(0), which must stay readable as words.</p>
<img src="x" onerror="alert('img')" alt="broken">
<img srcset="https://evil.example.net/a.jpg 1x, https://evil.example.net/b.jpg 2x" alt="">
<picture><source srcset="https://evil.example.net/c.webp" type="image/webp"><img src="https://evil.example.net/c.jpg" alt=""></picture>
<iframe src="https://www.youtube.com/embed/abc"></iframe><video src="https://evil.example.net/v.mp4" controls></video>
<audio src="https://evil.example.net/a.mp3"></audio><object data="https://evil.example.net/x.swf"></object>
<embed src="https://evil.example.net/y.swf">
<form action="https://evil.example.net/login"><input name="password"><button>Send</button></form>
<svg><script>alert('svg')</script><image href="https://evil.example.net/z.png"/></svg>
<div style="background-image: url('https://evil.example.net/bg.png')"><p>${filler}</p></div>
</article></body></html>`;

function renderedHazards(markdown: string): string[] {
  return findRenderedHazards(marked.parse(markdown, { async: false }));
}

async function importVector(vector: string): Promise<string | undefined> {
  const page = `<!DOCTYPE html><html><head><title>Vector</title></head><body><article><h1>Vector</h1><p>${filler}</p>${vector}<p>${filler}</p></article></body></html>`;
  try {
    const { draft } = await importHtml({ bytes: new TextEncoder().encode(page), fileName: 'vector.html' });
    return draft.body;
  } catch (error) {
    if (error instanceof OffprintError) return undefined;
    throw error;
  }
}

test('a hostile page keeps its words and real links and loses every script, handler and remote resource', async () => {
  const { draft, dropped } = await importHtml({
    bytes: new TextEncoder().encode(hostilePage),
    fileName: 'hostile.html',
  });
  assert.deepEqual(findUnsafeMarkup(draft.body), []);
  assert.deepEqual(renderedHazards(draft.body), []);
  assert.ok(
    draft.body.includes(
      'Here is a script link, an old one, a data link and [a real story link](https://news.example.com/story).',
    ),
  );
  const html = marked.parse(draft.body, { async: false });
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'code in the text is shown as text');
  assert.ok(html.includes('onload=run() and the address javascript:void(0)'));
  assert.equal(dropped.length, 3);
});

test('none of the HTML5 Security Cheatsheet vectors survives into what is stored', async () => {
  const fixture = JSON.parse(
    await readFile(new URL('../../../shared/fixtures/xss/h5sc-items.json', import.meta.url), 'utf8'),
  ) as { placeholders: Record<string, string>; items: Array<{ id: number; data: string }> };
  for (const item of fixture.items) {
    const vector = item.data.replace(/%(\w+)%/g, (whole, name: string) => fixture.placeholders[name] ?? whole);
    const body = await importVector(vector);
    if (body === undefined) continue;
    assert.deepEqual(findUnsafeMarkup(body), [], `H5SC item ${item.id}`);
    assert.deepEqual(renderedHazards(body), [], `H5SC item ${item.id}`);
  }
});

test("none of DOMPurify's test payloads survives into what is stored", async () => {
  const fixture = JSON.parse(
    await readFile(new URL('../../../shared/fixtures/xss/dompurify-expect.json', import.meta.url), 'utf8'),
  ) as { cases: Array<{ title: string; payload: string }> };
  for (const testCase of fixture.cases) {
    const body = await importVector(testCase.payload);
    if (body === undefined) continue;
    assert.deepEqual(findUnsafeMarkup(body), [], testCase.title);
    assert.deepEqual(renderedHazards(body), [], testCase.title);
  }
});
