import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testReview } from '../fake-data/test-review.ts';
import type { Note } from '../model/note.ts';
import { exportAnnotations } from './annotation-export.ts';
import { readAnnotations } from './annotation-reader.ts';

const review = testReview({ sourceUrl: 'https://example.org/review' });

const highlight: Note = {
  id: 'h1',
  reviewId: 'review-1',
  body: 'Why two?',
  createdAt: '2024-01-04T00:00:00.000Z',
  updatedAt: '2024-01-05T00:00:00.000Z',
  kind: 'highlight',
  selector: { quote: { exact: 'two years', prefix: 'after ', suffix: ' of' }, position: { start: 24, end: 33 } },
  color: 'green',
  tags: ['time'],
};

const freeNote: Note = {
  id: 'n1',
  reviewId: 'review-1',
  body: 'Free note',
  createdAt: '2024-01-02T00:00:00.000Z',
  updatedAt: '2024-01-03T00:00:00.000Z',
};

const annotation = {
  id: 'urn:offprint:note:x1',
  type: 'Annotation',
  created: '2024-01-01T00:00:00Z',
  target: 'urn:offprint:review:review-1',
};

test('an exported file reads back to the same notes and the review they name', () => {
  const read = readAnnotations(exportAnnotations([{ review, notes: [freeNote, highlight] }]).text);
  const { reviewId: _free, ...freeFields } = freeNote;
  const { reviewId: _highlight, ...highlightFields } = highlight;
  const clue = { id: 'review-1', contentHash: 'c0ffee', sourceUrls: ['https://example.org/review'] };
  assert.deepEqual(read, [
    { id: 'urn:offprint:note:n1', ok: true, note: freeFields, review: clue },
    { id: 'urn:offprint:note:h1', ok: true, note: highlightFields, review: clue },
  ]);
});

test('a single annotation, a plain list and a bare page are read like a collection', () => {
  const page = { type: 'AnnotationPage', items: [annotation] };
  for (const text of [annotation, [annotation], page].map((value) => JSON.stringify(value))) {
    const [read] = readAnnotations(text);
    assert.equal(read?.ok, true, text);
    if (read?.ok)
      assert.deepEqual(read.note, { id: 'x1', body: '', createdAt: annotation.created, updatedAt: annotation.created });
  }
  assert.deepEqual(readAnnotations(JSON.stringify({ type: 'AnnotationCollection', total: 0 })), []);
});

test('a body given as bodyValue or without a purpose is the comment, and a bare colour class is the colour', () => {
  const [plain, styled] = readAnnotations(
    JSON.stringify([
      { ...annotation, bodyValue: 'Short comment' },
      {
        ...annotation,
        id: 'urn:offprint:note:x2',
        body: { type: 'TextualBody', value: 'Untyped purpose' },
        target: { source: { id: 'urn:offprint:review:review-1' }, selector: highlightSelectors(), styleClass: 'pink' },
      },
    ]),
  );
  assert.ok(plain?.ok && styled?.ok);
  assert.equal(plain.note.body, 'Short comment');
  assert.equal(styled.note.body, 'Untyped purpose');
  assert.equal(styled.note.color, 'pink');
  assert.deepEqual(styled.note.tags, []);
});

test('an annotation on a web page only names the review by that address', () => {
  const [read] = readAnnotations(JSON.stringify({ ...annotation, target: 'https://example.org/review' }));
  assert.ok(read?.ok);
  assert.deepEqual(read.review, { sourceUrls: ['https://example.org/review'] });
});

test('a file that is not JSON is refused in one line that says what to choose', () => {
  assert.throws(
    () => readAnnotations('{"type": "AnnotationCollection",'),
    /^OffprintError: This file is not JSON \(.+\); choose an annotations file exported by Offprint\.$/,
  );
});

test('JSON that is not Web Annotations is refused naming the field that is wrong', () => {
  const refusals: Array<[unknown, RegExp]> = [
    [{ hello: 'world' }, /\(type: /],
    [[1, 2], /\(0: /],
    [{ type: 'AnnotationPage' }, /\(items: /],
    [
      { type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [{ type: 'Annotation' }] } },
      /first\.items\.0\.id/,
    ],
    [{ ...annotation, target: undefined }, /\(target: /],
    [null, /not a set of Web Annotations/],
  ];
  for (const [value, message] of refusals) {
    assert.throws(() => readAnnotations(JSON.stringify(value)), message, JSON.stringify(value));
    assert.throws(() => readAnnotations(JSON.stringify(value)), /choose an annotations file exported by Offprint\.$/);
  }
});

test('annotations that cannot become Offprint notes are skipped, each with its reason', () => {
  const read = readAnnotations(
    JSON.stringify([
      { ...annotation, id: 'https://hypothes.is/a/abc' },
      { ...annotation, created: undefined },
      { ...annotation, target: { source: 'urn:isbn:123' } },
      {
        ...annotation,
        target: { source: 'urn:offprint:review:review-1', selector: { type: 'TextQuoteSelector', exact: 'x' } },
      },
      { ...annotation, target: { source: 'urn:offprint:review:review-1', selector: highlightSelectors(40, 30) } },
    ]),
  );
  assert.deepEqual(
    read.map((entry) => (entry.ok ? 'ok' : entry.reason)),
    [
      'It is not a note exported by Offprint (its id does not start with urn:offprint:note:).',
      'It has no "created" date.',
      'It does not name a review (no target has an urn:offprint:review: or web address as its source).',
      'Its highlight needs both a TextQuoteSelector and a TextPositionSelector on the review.',
      'It does not fit an Offprint note (selector.position: the end of a highlight must come after its start).',
    ],
  );
});

function highlightSelectors(start = 24, end = 33): object[] {
  return [
    { type: 'TextQuoteSelector', exact: 'two years' },
    { type: 'TextPositionSelector', start, end },
  ];
}
