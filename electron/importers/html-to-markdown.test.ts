import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JSDOM } from 'jsdom';
import { convertToMarkdown, escapeText } from './html-to-markdown.ts';

function convert(html: string): string {
  const document = new JSDOM(`<div id="article">${html}</div>`, { url: 'https://offprint.invalid/page.html' }).window
    .document;
  return convertToMarkdown(document.getElementById('article') as Element);
}

test('headings, emphasis, lists, quotes, tables and struck text become Markdown', () => {
  assert.equal(
    convert(
      '<h2>Part</h2><p>Some <em>very</em> <strong>strong</strong> <del>old</del> words.</p><ul><li>one</li><li>two</li></ul>' +
        '<blockquote><p>Quoted.</p></blockquote><table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>',
    ),
    [
      '## Part',
      '',
      'Some _very_ **strong** ~~old~~ words.',
      '',
      '-   one',
      '-   two',
      '',
      '> Quoted.',
      '',
      '| A   | B   |',
      '| --- | --- |',
      '| 1   | 2   |',
    ].join('\n'),
  );
});

test('links to web pages and mail stay links; script, data and anchor links keep only their text', () => {
  assert.equal(
    convert(
      '<p><a href="https://news.example.org/a(1)">web</a> <a href="mailto:desk@example.org">mail</a> ' +
        '<a href="javascript:alert(1)">script</a> <a href="data:text/html,x">data</a> <a href="#note">anchor</a> ' +
        '<a href="https://offprint.invalid/other.html">local</a> <a href="https://x.example/?next=javascript:go">odd</a></p>',
    ),
    '[web](https://news.example.org/a%281%29) [mail](mailto:desk@example.org) script data anchor local [odd](https://x.example/?next=javascript%3Ago)',
  );
});

test('only saved images survive, with their alt text escaped', () => {
  assert.equal(
    convert(
      '<p><img src="offprint-asset:0123456789ab.png" alt="A <b>bold</b> [chart]"><img src="https://cdn.example.org/x.png" alt="remote"></p>',
    ),
    '![A &lt;b>bold&lt;/b> \\[chart\\]](offprint-asset:0123456789ab.png)',
  );
});

test('scripts, styles, frames, media, forms and inline SVG are removed with their content', () => {
  assert.equal(
    convert(
      '<p>Kept.</p><script>alert(1)</script><style>p{}</style><iframe src="https://x.example/"></iframe>' +
        '<video src="v.mp4">video text</video><audio>audio text</audio><object>object text</object><embed src="e">' +
        '<form><input value="x"><button>Send</button><textarea>typed</textarea></form><svg><text>drawn</text></svg>' +
        '<noscript>Turn on scripts</noscript><canvas>canvas text</canvas>',
    ),
    'Kept.',
  );
});

test('code is kept as written, in fences or backticks', () => {
  assert.equal(
    convert('<p>Use <code>a &lt; b</code>:</p><pre><code>if (a &lt; b) {\n  go();\n}</code></pre>'),
    'Use `a < b`:\n\n```\nif (a < b) {\n  go();\n}\n```',
  );
});

test('text that looks like HTML or a script address is escaped but reads the same', () => {
  assert.equal(
    escapeText('<script>alert(1)</script> onload=x javascript:void(0) &amp;'),
    '&lt;script>alert(1)&lt;/script> onload\\=x javascript\\:void(0) \\&amp;',
  );
});
