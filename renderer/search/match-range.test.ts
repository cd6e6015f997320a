import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JSDOM } from 'jsdom';
import { findMatchSpan, rangeOfSpan } from './match-range.ts';

test('the match is found in the rendered text even where Markdown syntax and line breaks sat between its words', () => {
  const text = 'The Ledger wrote about the strike at length.';
  assert.deepEqual(findMatchSpan(text, 'about **the**\nstrike'), { start: 17, end: 33 });
});

test('accented and Japanese words are found as written', () => {
  assert.deepEqual(findMatchSpan('Interview mit Herrn Müller heute', 'Müller'), { start: 20, end: 26 });
  assert.deepEqual(findMatchSpan('今日は東京で会議', '東京'), { start: 3, end: 5 });
});

test('a match that is not in the text, or has no words, is not found', () => {
  assert.equal(findMatchSpan('The cat sat.', 'dog'), undefined);
  assert.equal(findMatchSpan('The cat sat.', '**'), undefined);
});

test('a span of the text content becomes a range across the elements it crosses', () => {
  const dom = new JSDOM('<div id="body"><p>The <em>Ledger</em> wrote</p><p>about it</p></div>');
  const previous = globalThis.document;
  Object.assign(globalThis, { document: dom.window.document, NodeFilter: dom.window.NodeFilter });
  try {
    const body = dom.window.document.getElementById('body');
    assert.ok(body);
    const text = body.textContent ?? '';
    const span = findMatchSpan(text, 'Ledger wrote');
    assert.ok(span);
    assert.equal(rangeOfSpan(body, span)?.toString(), 'Ledger wrote');
    assert.equal(rangeOfSpan(body, { start: 0, end: text.length + 5 }), undefined);
  } finally {
    Object.assign(globalThis, { document: previous });
  }
});
