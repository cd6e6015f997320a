import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainText } from '../index/markdown-plain.ts';
import { firstMatch, makeSnippet } from './snippet.ts';

function marked(snippet: { text: string; highlights: [number, number][] } | null): string[] {
  return snippet?.highlights.map(([start, end]) => snippet.text.slice(start, end)) ?? [];
}

test('highlights the exact matching words in the passage', () => {
  const snippet = makeSnippet('The **regional press** covered Müller’s elections.', ['regional', 'press', 'muller']);
  assert.equal(snippet?.text, 'The regional press covered Müller’s elections.');
  assert.deepEqual(marked(snippet), ['regional', 'press', 'Müller']);
});

test('shows the passage around the best cluster of terms, cut at words, with ellipses', () => {
  const filler = 'words of no interest here '.repeat(40);
  const text = `budget alone. ${filler} the budget vote on the strike came late. ${filler}`;
  const snippet = makeSnippet(text, ['budget', 'strike'], 120);
  assert.ok(snippet);
  assert.ok(snippet.text.startsWith('…') && snippet.text.endsWith('…'));
  assert.ok(snippet.text.length <= 124, `too long: ${snippet.text.length}`);
  assert.deepEqual(marked(snippet), ['budget', 'strike']);
  assert.doesNotMatch(snippet.text, /^… ?\S*[a-z]… /);
});

test('marks a Japanese match once, however many bigrams it spans', () => {
  const snippet = makeSnippet('今日は東京都の選挙です', ['東京', '京都']);
  assert.deepEqual(marked(snippet), ['東京都']);
});

test('strips link targets and images so a URL never becomes the snippet', () => {
  const snippet = makeSnippet('See [the report](https://example.com/budget) and ![chart](budget.png).', [
    'budget',
    'report',
  ]);
  assert.equal(snippet?.text, 'See the report and chart.');
  assert.deepEqual(marked(snippet), ['report']);
});

test('gives null when no term occurs', () => {
  assert.equal(makeSnippet('nothing to see', ['budget']), null);
  assert.equal(makeSnippet('', ['budget']), null);
});

test('the first match is the words as they read, preferring a run that holds the most terms', () => {
  assert.equal(firstMatch('The press. Then the *regional press* said', ['regional', 'press']), 'regional press');
  assert.equal(firstMatch('Herr MÜLLER sprach', ['muller']), 'MÜLLER');
  assert.equal(firstMatch('nothing', ['budget']), null);
});

test('plain text drops headings, quotes, list marks, emphasis, tags and escapes', () => {
  assert.equal(
    plainText('# Title\n\n> quoted *and* __strong__\n- item `code`\n1. first <b>bold</b> \\*kept\\* foot[^1]'),
    'Title quoted and strong item code first bold *kept* foot',
  );
});
