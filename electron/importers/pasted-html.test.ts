import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { dispatch } from '../api/dispatch.ts';
import { openLibrary } from '../api/library.ts';
import { convertPastedHtml } from './pasted-html.ts';

test('pasted HTML keeps its emphasis, lists and web links as Markdown', async () => {
  const markdown = await convertPastedHtml(
    '<meta charset="utf-8"><p>The <strong>Ledger</strong> said <em>so</em>, <a href="https://news.example/a">here</a>.</p>' +
      '<ul><li>one</li><li>two</li></ul>',
  );
  assert.equal(markdown, 'The **Ledger** said _so_, [here](https://news.example/a).\n\n-   one\n-   two');
});

test('nothing that runs, loads or submits survives a paste, and markup written as text stays text', async () => {
  const markdown = await convertPastedHtml(
    '<script>alert(1)</script><p onclick="alert(2)">Read <a href="javascript:alert(3)">this</a> ' +
      '<img src="https://img.example/x.png" onerror="alert(4)"> and &lt;img src=x onerror=alert(5)&gt;</p>' +
      '<form action="https://evil.example/"><button>Send</button></form><iframe src="https://evil.example/"></iframe>' +
      '<a href="/relative">relative</a>',
  );
  assert.doesNotMatch(markdown, /alert\(1\)|alert\(2\)|javascript|img\.example|evil\.example|Send|\/relative/);
  // Shown by Markdown as the characters written, never read as a tag.
  assert.match(markdown, /^Read this +and &lt;img src=x onerror\\=alert\(5\)>\n\nrelative$/);
});

test('a paste with no text gives no Markdown, so the editor falls back to the plain text', async () => {
  assert.equal(await convertPastedHtml('<img src="https://img.example/x.png"><br>'), '');
});

test('a pasted HTML over the note limit is refused with one line, before it is parsed', async () => {
  const { api } = await openLibrary(await mkdtemp(path.join(os.tmpdir(), 'offprint-paste-')));
  const result = await dispatch(api, 'convertPastedHtml', { html: 'x'.repeat(1_000_001) });
  assert.equal(result.ok, false);
  assert.match(result.ok ? '' : result.error, /^Invalid input for convertPastedHtml \(html\)/);
  assert.deepEqual(await dispatch(api, 'convertPastedHtml', { html: '<p>fine</p>' }), {
    ok: true,
    value: { markdown: 'fine' },
  });
});
