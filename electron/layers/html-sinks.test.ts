import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { writeTempTree } from '../fake-data/temp-tree.ts';
import { findHtmlSinks } from './html-sinks.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

const tree = (files: Record<string, string>) => writeTempTree('offprint-sinks-', files);

test('no code outside the one sanitizer puts a string into the page as HTML', async () => {
  assert.deepEqual(await findHtmlSinks(projectRoot), []);
});

test('every way of putting HTML into the page is caught, outside the sanitizer and tests', async () => {
  const root = await tree({
    'renderer/a.ts': 'element.innerHTML = title;',
    'renderer/b.ts': 'element.outerHTML = title;',
    'renderer/c.ts': "element.insertAdjacentHTML('beforeend', title);",
    'renderer/d.ts': 'document.write(title);',
    'renderer/e.ts': 'range.createContextualFragment(title);',
    'renderer/f.ts': "new DOMParser().parseFromString(title, 'text/html');",
    'renderer/g.tsx': 'const view = <div dangerouslySetInnerHTML={{ __html: title }} />;',
    'renderer/h.ts': 'frame.srcdoc = title;',
    'electron/serve/i.ts': 'document.writeln(title);',
    'renderer/j.ts': "document.execCommand('insertHTML', false, title);",
    'renderer/k.ts': 'editor.ownerDocument.execCommand(command, false, title);',
    'renderer/markdown/render-markdown.ts': "new DOMParser().parseFromString(html, 'text/html');",
    'renderer/safe.test.ts': 'element.innerHTML = fixture;',
    'renderer/l.ts': 'parser.parseFromString(svg, type);',
    'electron/export/style.ts': "new DOMParser().parseFromString(xml, 'application/xml');",
    'renderer/text.ts':
      "element.textContent = title; const writer = { write: 1 }; document.execCommand('insertText', false, title);",
  });
  const found = await findHtmlSinks(root);
  assert.equal(found.length, 12, found.join('\n'));
  assert.ok(found.some((line) => line.startsWith('renderer/a.ts:1 uses innerHTML;')));
  assert.ok(found.some((line) => line.startsWith('renderer/g.tsx:1 uses dangerouslySetInnerHTML;')));
  assert.ok(found.some((line) => line.startsWith('renderer/j.ts:1 runs an editing command that can insert HTML;')));
  assert.ok(found.some((line) => line.startsWith('renderer/k.ts:1 runs an editing command')));
  const files = found.map((line) => line.slice(0, line.indexOf(':')));
  for (const allowed of [
    'renderer/markdown/render-markdown.ts',
    'renderer/safe.test.ts',
    'renderer/text.ts',
    'electron/export/style.ts',
  ]) {
    assert.ok(!files.includes(allowed), allowed);
  }
});
