import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { importMarkdown } from './markdown-import.ts';

test('front matter gives every field, and authors keep their affiliations', () => {
  const draft = importMarkdown(
    [
      '---',
      'title: Talks resume',
      'series: Weekly Review',
      'issue: 64',
      'date: 2002-09-09',
      'authors:',
      '  - John Doe (University of Somewhere)',
      '  - name: Aiko Tanaka',
      'tags: [diplomacy]',
      '---',
      'First paragraph.',
      '',
      'Second paragraph.',
    ].join('\n'),
    'review-64.md',
  );
  assert.equal(draft.title, 'Talks resume');
  assert.equal(draft.series, 'Weekly Review');
  assert.equal(draft.issue, '64');
  assert.equal(draft.publishedAt, '2002-09-09');
  assert.deepEqual(draft.authors, [
    { name: 'John Doe', affiliation: 'University of Somewhere' },
    { name: 'Aiko Tanaka' },
  ]);
  assert.deepEqual(draft.tags, ['diplomacy']);
  assert.equal(draft.body, 'First paragraph.\n\nSecond paragraph.');
});

test('without front matter the first heading is the title and a References section becomes the reference list', () => {
  const draft = importMarkdown(
    [
      '# How the press saw it',
      '',
      'The body.',
      '',
      '## References',
      '',
      '- Elaine Lies, "Japan PM to make historic North Korean visit", Reuters, 30 August 2002',
      '- "Japan, North Korea Wrap up talks", CNN, 26 August 2002',
    ].join('\n'),
  );
  assert.equal(draft.title, 'How the press saw it');
  assert.equal(draft.body, 'The body.');
  assert.equal(draft.references.length, 2);
  assert.equal(draft.references[0]?.container, 'Reuters');
  assert.equal(draft.references[1]?.title, 'Japan, North Korea Wrap up talks');
});

test('the sample review that ships in assets/ has every part a review can have', async () => {
  const source = await readFile(new URL('../../assets/sample-review.md', import.meta.url), 'utf8');
  const draft = importMarkdown(source, 'sample-review.md');
  assert.equal(draft.series, 'Weekly Media Review');
  assert.equal(draft.issue, '12');
  assert.equal(draft.publishedAt, '2024-03-04');
  assert.equal(draft.authors[0]?.affiliation, 'Centre for Press Studies, University of Aldmere');
  assert.ok(draft.body.split('\n\n').length >= 5);
  assert.equal(draft.references.length, 5);
  assert.deepEqual(
    draft.references.slice(0, 4).map((reference) => reference.container),
    ['Northern Ledger', 'Radio Meridian', 'Harbour Evening Post', 'Coastal Wire Service'],
  );
  assert.equal(draft.references[4]?.title, undefined, 'a line that is not a citation stays raw');
});

test('empty text, binary content, broken front matter and a missing title each get one clear line', () => {
  assert.throws(() => importMarkdown('  \n', 'a.md'), { message: 'Cannot import "a.md": it is empty.' });
  assert.throws(() => importMarkdown('a\u0000b', 'b.md'), /Cannot import "b.md": it is not a text file/);
  assert.throws(
    () => importMarkdown('---\ntitle: [unclosed\n---\nbody', 'c.md'),
    /Cannot import "c.md": its front matter is not valid YAML \(line \d+ of the file\)/,
  );
  assert.throws(
    () => importMarkdown('---\n- a\n- b\n---\nbody', 'd.md'),
    /front matter must be a list of "field: value" lines/,
  );
  assert.throws(() => importMarkdown('Just a paragraph.', 'e.md'), /Cannot import "e.md": it has no title/);
});
