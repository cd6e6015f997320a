import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { parse } from 'yaml';
import { testReview } from '../fake-data/test-review.ts';
import type { Note } from '../model/note.ts';
import type { Review } from '../model/review.ts';
import { storedFixtureReview } from './citation-test-fixture.ts';
import { exportMarkdown } from './markdown-export.ts';

/** The fixture review as imported and tagged, with a free note and two highlights as the API saves them. */
async function fixtureWithNotes(): Promise<{ review: Review; notes: Note[] }> {
  const review = { ...(await storedFixtureReview()), tags: ['yes', '1.0', '#tag', 'north korea'] };
  const saved = { reviewId: review.id, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' };
  const notes: Note[] = [{ id: 'n1', body: 'The **motivation** matters more than the outcome.', ...saved }];
  for (const [exact, color, body, tags] of [
    ['flurry of diplomatic activity', 'pink', 'Note the *tone*.', ['tone', 'diplomacy']],
    ['two years of stagnation', 'yellow', '', []],
  ] as const) {
    const start = review.body.indexOf(exact);
    assert.ok(start >= 0, `the fixture body no longer contains "${exact}"`);
    const quote = { exact, prefix: review.body.slice(start - 10, start), suffix: '' };
    const selector = { quote, position: { start, end: start + exact.length } };
    notes.push({ id: `h${notes.length}`, body, ...saved, kind: 'highlight', selector, color, tags: [...tags] });
  }
  return { review, notes };
}

/** Splits an exported file on its `---` fences into the parsed front matter and the Markdown after it. */
function splitFrontMatter(text: string): { data: Record<string, unknown>; markdown: string } {
  assert.ok(text.startsWith('---\n'), 'the file starts with a front matter fence');
  const end = text.indexOf('\n---\n', 4);
  assert.ok(end > 0, 'the front matter has a closing fence');
  return { data: parse(text.slice(4, end + 1)), markdown: text.slice(end + 5) };
}

function render(markdown: string): Document {
  return new JSDOM(marked.parse(markdown, { async: false })).window.document;
}

function texts(document: ParentNode, selector: string): string[] {
  return [...document.querySelectorAll(selector)].map((element) => element.textContent?.trim() ?? '');
}

test('the fixture review exports with front matter that parses back to every field', async () => {
  const { review, notes } = await fixtureWithNotes();
  const file = exportMarkdown(review, notes);
  assert.equal(file.mediaType, 'text/markdown');
  assert.equal(file.name, 'How the Media views talks between North Korea and Japan.md');
  assert.deepEqual(splitFrontMatter(file.text).data, {
    title: 'How the Media views talks between North Korea and Japan',
    series: 'Weekly Review',
    issue: '63',
    published: '2002-09-02',
    updated: '2007-09-03T14:57',
    authors: [{ name: 'John de Boer', affiliation: 'University of Tokyo & GLOCOM Platform' }],
    site: 'GLOCOM Platform',
    tags: ['yes', '1.0', '#tag', 'north korea'],
    'offprint-id': review.id,
  });
});

test('the exported body shows the title, the note, the highlights as quotes and the numbered references', async () => {
  const { review, notes } = await fixtureWithNotes();
  const document = render(splitFrontMatter(exportMarkdown(review, notes).text).markdown);
  assert.deepEqual(texts(document, 'h1'), [review.title]);
  assert.deepEqual(texts(document, 'h2').slice(-3), ['Note', 'Highlights', 'References']);
  const noteHeading = [...document.querySelectorAll('h2')].find((heading) => heading.textContent === 'Note');
  assert.equal(noteHeading?.nextElementSibling?.textContent, 'The motivation matters more than the outcome.');
  assert.equal(noteHeading?.nextElementSibling?.querySelector('strong')?.textContent, 'motivation');
  assert.deepEqual(texts(document, 'blockquote'), ['flurry of diplomatic activity', 'two years of stagnation']);
  const afterFirst = document.querySelector('blockquote')?.nextElementSibling;
  assert.equal(afterFirst?.textContent, 'Note the tone.');
  assert.equal(afterFirst?.nextElementSibling?.textContent, 'Colour: pink · Tags: tone, diplomacy');
  assert.equal(document.querySelectorAll('blockquote')[1]?.nextElementSibling?.textContent, 'Colour: yellow');
  const list = document.querySelector('h2:last-of-type + ol');
  assert.ok(list, 'the references are an ordered list right after their heading');
  assert.deepEqual(
    texts(list, 'li'),
    review.references.map((reference) => reference.raw),
  );
});

test('titles with quotes, colons and newlines and YAML-special values survive the round trip', async () => {
  const { review } = await fixtureWithNotes();
  const tricky: Review = {
    ...review,
    title: 'Japan: "talks" resume\nafter # two years',
    series: 'yes',
    issue: '1.0',
    subtitle: 'null',
    tags: ['#tag', 'no', '~', '2002-09-02', 'a: b', "it's"],
    authors: [{ name: '- dash' }, { name: 'on', affiliation: '@home' }],
  };
  const { text } = exportMarkdown(tricky, []);
  const { data, markdown } = splitFrontMatter(text);
  assert.equal(data.title, tricky.title);
  assert.equal(data.series, 'yes');
  assert.equal(data.issue, '1.0');
  assert.equal(data.subtitle, 'null');
  assert.deepEqual(data.tags, tricky.tags);
  assert.deepEqual(data.authors, tricky.authors);
  const yaml11 = parse(text.slice(4, text.indexOf('\n---\n', 4)), { version: '1.1' });
  assert.deepEqual([yaml11.series, yaml11.issue, yaml11.tags], ['yes', '1.0', tricky.tags], 'YAML 1.1 readers agree');
  assert.deepEqual(texts(render(markdown), 'h1'), ['Japan: "talks" resume after # two years']);
});

test('quoted text, tags and references that look like Markdown are shown exactly as written', () => {
  const review = minimalReview({
    references: [
      { raw: '# Not a heading, *not emphasis*, [not a link]', url: 'https://example.org/a_b?x=1' },
      { raw: 'Cited at https://example.org/page for the quote', url: 'https://example.org/page' },
      { raw: 'No usable address', url: 'javascript:alert(1)' },
    ],
  });
  const highlight = highlightNote({ exact: '1. *starred* <b>bold</b> [x](y)\nsecond line', tags: ['#a_b_'] });
  const document = render(splitFrontMatter(exportMarkdown(review, [highlight]).text).markdown);
  assert.equal(
    document.querySelector('blockquote')?.textContent?.trim(),
    '1. *starred* <b>bold</b> [x](y)\nsecond line',
  );
  assert.equal(document.querySelector('b'), null, 'no HTML from a quote is rendered');
  assert.ok(texts(document, 'em').includes('Colour: yellow · Tags: #a_b_'));
  const items = [...document.querySelectorAll('ol li')];
  assert.deepEqual(
    items.map((item) => item.textContent),
    [
      '# Not a heading, *not emphasis*, [not a link] https://example.org/a_b?x=1',
      'Cited at https://example.org/page for the quote',
      'No usable address',
    ],
  );
  assert.deepEqual(
    items.map((item) => item.querySelector('a')?.getAttribute('href') ?? null),
    ['https://example.org/a_b?x=1', 'https://example.org/page', null],
  );
});

test('a review without notes, highlights or references has none of those sections', () => {
  const file = exportMarkdown(minimalReview({ references: [] }), [
    {
      id: 'n1',
      reviewId: 'r1',
      body: '  ',
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
    },
  ]);
  const document = render(splitFrontMatter(file.text).markdown);
  assert.deepEqual(texts(document, 'h2'), []);
  assert.deepEqual(splitFrontMatter(file.text).data, { title: 'A review', authors: [], tags: [], 'offprint-id': 'r1' });
});

test('the file name is a safe form of the title, whatever the title holds', () => {
  const name = (title: string) => exportMarkdown(minimalReview({ title }), []).name;
  assert.equal(name('What/is: "this"? <a|b> *c* \\d'), 'What is this a b c d.md');
  assert.equal(name('...hidden'), 'hidden.md');
  assert.equal(name('con'), 'con-review.md');
  assert.equal(name('???'), 'review.md');
  assert.ok(name('x'.repeat(300)).length <= 103);
});

function minimalReview(fields: Partial<Review>): Review {
  return testReview({ id: 'r1', contentHash: 'hash', body: 'Body text.', ...fields });
}

function highlightNote({ exact, tags }: { exact: string; tags: string[] }): Note {
  return {
    id: 'h1',
    reviewId: 'r1',
    body: '',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    kind: 'highlight',
    selector: { quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length } },
    color: 'yellow',
    tags,
  };
}
