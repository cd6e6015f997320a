import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainExcerpt, truncateText } from './note-excerpt.ts';

test('short text is kept whole on one line', () => {
  assert.equal(truncateText('One\n  two\tthree '), 'One two three');
});

test('long text is cut at a word boundary and marked with an ellipsis', () => {
  assert.equal(truncateText('alpha beta gamma delta', 15), 'alpha beta…');
});

test('a long word with no space to cut at is cut inside the word', () => {
  assert.equal(truncateText('abcdefghijklmnop', 8), 'abcdefg…');
});

test('a Markdown note loses its marks but keeps its words', () => {
  const markdown = [
    '# Heading',
    '',
    '> A **bold** and _quiet_ quote with `code`',
    '',
    '- one [link](https://example.org) and ![a picture](x.png)',
    '2. <https://example.org/page> <b>tag</b> ~~gone~~',
    '```',
    'snake_case_name',
    '```',
  ].join('\n');
  assert.equal(
    plainExcerpt(markdown),
    'Heading A bold and quiet quote with code one link and a picture https://example.org/page tag gone snake_case_name',
  );
});

test('a long Markdown note is cut to the excerpt length', () => {
  const excerpt = plainExcerpt(`*${'word '.repeat(100)}*`, 40);
  assert.ok(excerpt.length <= 40);
  assert.ok(excerpt.endsWith('…'));
});
