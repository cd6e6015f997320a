import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JSDOM } from 'jsdom';
import type { Note } from '../../electron/model/note.ts';
import { clearHighlights, paintHighlights } from './highlight-marks.ts';
import { selectorFromRange } from './text-anchor.ts';

const page = new JSDOM('<!doctype html><body></body>').window;
// The marks are drawn with the page's own DOM calls, as in the window.
Object.assign(globalThis, { document: page.document, NodeFilter: page.NodeFilter });

function body(): HTMLElement {
  const root = page.document.createElement('div');
  const first = page.document.createElement('p');
  first.append('The Ledger let the ', Object.assign(page.document.createElement('em'), { textContent: 'workers' }));
  first.append(' speak.');
  const second = page.document.createElement('p');
  second.textContent = 'The Post counted the cost.';
  root.append(first, second);
  return root as unknown as HTMLElement;
}

function highlightOf(root: HTMLElement, startNode: Node, start: number, endNode: Node, end: number): Note {
  const range = page.document.createRange();
  range.setStart(startNode, start);
  range.setEnd(endNode, end);
  const selector = selectorFromRange(root, range as unknown as Range);
  assert.ok(selector);
  return {
    id: 'h1',
    reviewId: 'r1',
    body: '',
    createdAt: '',
    updatedAt: '',
    kind: 'highlight',
    selector,
    color: 'green',
  };
}

test('a selection across an element becomes a quote with context and is drawn as marks around the same text', () => {
  const root = body();
  const first = root.firstChild as Node;
  const highlight = highlightOf(root, first.firstChild as Node, 4, first.lastChild as Node, 6);
  assert.equal(highlight.selector?.quote.exact, 'Ledger let the workers speak');
  assert.equal(highlight.selector?.quote.prefix, 'The ');
  assert.deepEqual(paintHighlights(root, [highlight]), []);
  const marks = Array.from(root.querySelectorAll('mark[data-highlight-id="h1"]'));
  assert.equal(marks.map((mark) => mark.textContent).join(''), 'Ledger let the workers speak');
  assert.equal(marks[0]?.className, 'highlight highlight-green');
  assert.equal(root.textContent, 'The Ledger let the workers speak.The Post counted the cost.');
});

test('painting again replaces the marks, and clearing leaves the text as it was', () => {
  const root = body();
  const second = root.lastChild?.firstChild as Node;
  const highlight = highlightOf(root, second, 4, second, 8);
  paintHighlights(root, [highlight]);
  paintHighlights(root, [highlight]);
  assert.equal(root.querySelectorAll('mark').length, 1);
  clearHighlights(root);
  assert.equal(root.querySelectorAll('mark').length, 0);
  assert.equal(root.lastChild?.childNodes.length, 1);
});

test('a highlight whose quote is gone is reported as orphaned and draws nothing', () => {
  const root = body();
  const second = root.lastChild?.firstChild as Node;
  const highlight = highlightOf(root, second, 4, second, 8);
  const gone: Note = {
    ...highlight,
    selector: { quote: { exact: 'Herald', prefix: '', suffix: '' }, position: { start: 30, end: 36 } },
  };
  assert.deepEqual(paintHighlights(root, [gone]), ['h1']);
  assert.equal(root.querySelectorAll('mark').length, 0);
});

test('a collapsed selection or one outside the body gives no selector', () => {
  const root = body();
  const outside = page.document.createElement('p');
  outside.textContent = 'elsewhere';
  const collapsed = page.document.createRange();
  collapsed.setStart(root.lastChild?.firstChild as Node, 2);
  assert.equal(selectorFromRange(root, collapsed as unknown as Range), undefined);
  const foreign = page.document.createRange();
  foreign.selectNodeContents(outside);
  assert.equal(selectorFromRange(root, foreign as unknown as Range), undefined);
});

test('a selection cut inside words is saved and drawn as the whole words', () => {
  const root = body();
  const first = root.firstChild as Node;
  const highlight = highlightOf(root, first.firstChild as Node, 6, first.lastChild as Node, 3);
  assert.equal(highlight.selector?.quote.exact, 'Ledger let the workers speak');
  paintHighlights(root, [highlight]);
  const marks = Array.from(root.querySelectorAll('mark[data-highlight-id="h1"]'));
  assert.equal(marks.map((mark) => mark.textContent).join(''), 'Ledger let the workers speak');
});
