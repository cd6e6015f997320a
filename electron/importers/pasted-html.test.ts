import assert from 'node:assert/strict';
import { test } from 'node:test';
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
