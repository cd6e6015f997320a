import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeMarkdownText, overlapsAny, spansWithin, untouchableSpans } from './markdown-text.ts';

test('ordinary prose passes through unchanged', () => {
  const text = 'Elaine Lies\' assessment (August 30, Reuters): "a major coup" — 1.18 million tons, 35 year occupation.';
  assert.equal(escapeMarkdownText(text), text);
});

test('emphasis, links, code, HTML and entities are escaped', () => {
  assert.equal(
    escapeMarkdownText('a *b* _c_ snake_case [d](e) `f` <script> &amp; ~~g~~'),
    'a \\*b\\* \\_c\\_ snake_case \\[d\\](e) \\`f\\` \\<script> &amp;amp; \\~\\~g\\~\\~',
  );
});

test('line starts that Markdown would read as blocks are escaped', () => {
  assert.equal(escapeMarkdownText('# not a heading'), '\\# not a heading');
  assert.equal(escapeMarkdownText('> not a quote'), '\\> not a quote');
  assert.equal(escapeMarkdownText('- not a list'), '\\- not a list');
  assert.equal(escapeMarkdownText('1. not a list'), '1\\. not a list');
  assert.equal(escapeMarkdownText('2002) was a year'), '2002\\) was a year');
  assert.equal(escapeMarkdownText('---'), '\\---');
});

test('links, images, code, footnote marks, HTML and escapes are untouchable spans', () => {
  const markdown = 'See [BBC](#ref-6), ![x](a.png), `code`, a note[^1], <b>bold</b>, \\[7\\] and plain text.';
  const spans = untouchableSpans(markdown).map((span) => markdown.slice(span.start, span.end));
  assert.deepEqual(spans, ['[BBC](#ref-6)', '![x](a.png)', '`code`', '[^1]', '<b>', '</b>', '\\[', '\\]']);
  assert.equal(
    overlapsAny(untouchableSpans(markdown), markdown.indexOf('plain'), markdown.indexOf('plain') + 5),
    false,
  );
});

test('an escaped bracket does not open a link', () => {
  const markdown = '\\[1\\] Reuters](#x)';
  const spans = untouchableSpans(markdown).map((span) => markdown.slice(span.start, span.end));
  assert.deepEqual(spans, ['\\[', '\\]']);
});

test('spans are found by position: which overlap a range and which lie inside it', () => {
  const spans = [
    { start: 2, end: 5 },
    { start: 8, end: 12 },
    { start: 20, end: 22 },
  ];
  assert.equal(overlapsAny(spans, 0, 2), false);
  assert.equal(overlapsAny(spans, 4, 6), true);
  assert.equal(overlapsAny(spans, 12, 20), false);
  assert.equal(overlapsAny([], 0, 10), false);
  assert.deepEqual(spansWithin(spans, 3, 22), [
    { start: 8, end: 12 },
    { start: 20, end: 22 },
  ]);
});

test('a page of unclosed brackets is read in one pass without hanging', () => {
  assert.deepEqual(untouchableSpans('['.repeat(5000)), []);
  assert.deepEqual(untouchableSpans('[^'.repeat(5000)), []);
});
