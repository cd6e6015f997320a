import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testReview } from '../fake-data/test-review.ts';
import type { Note } from '../model/note.ts';
import { exportAnnotations } from './annotation-export.ts';

const review = testReview({
  provenance: { kind: 'url', url: 'https://example.org/review' },
  sourceUrl: 'https://example.org/review',
});

const selector = {
  quote: { exact: 'two years', prefix: 'after ', suffix: ' of' },
  position: { start: 24, end: 33 },
};

const notes: Note[] = [
  {
    id: 'n1',
    reviewId: 'review-1',
    body: 'Free *note*',
    createdAt: '2024-01-02T00:00:00Z',
    updatedAt: '2024-01-03T00:00:00Z',
  },
  {
    id: 'h1',
    reviewId: 'review-1',
    body: 'Why two?',
    createdAt: '2024-01-04T00:00:00Z',
    updatedAt: '2024-01-05T00:00:00Z',
    kind: 'highlight',
    selector,
    color: 'green',
    tags: ['time', 'talks'],
  },
  {
    id: 'h2',
    reviewId: 'review-1',
    body: '',
    createdAt: '2024-01-06T00:00:00Z',
    updatedAt: '2024-01-06T00:00:00Z',
    kind: 'highlight',
    selector,
    color: 'blue',
    tags: [],
  },
  { id: 'n2', reviewId: 'review-1', body: ' ', createdAt: '2024-01-07T00:00:00Z', updatedAt: '2024-01-07T00:00:00Z' },
];

/** The fields of an exported annotation these tests look at. */
interface AnnotationJson {
  id: string;
  type: string;
  motivation: string;
  created: string;
  modified: string;
  body?: unknown[];
  target: Array<Record<string, unknown>>;
  stylesheet?: { type: string; value: string };
}

function items(text: string): AnnotationJson[] {
  return (JSON.parse(text) as { first: { items: AnnotationJson[] } }).first.items;
}

test('highlights and notes become one Web Annotation collection with its first page holding them', () => {
  const file = exportAnnotations([{ review, notes }]);
  assert.equal(file.name, 'annotations.jsonld');
  assert.equal(file.mediaType, 'application/ld+json');
  const collection = JSON.parse(file.text);
  assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(collection.type, 'AnnotationCollection');
  assert.equal(collection.total, 3, 'an empty free note is left out');
  assert.equal(collection.first.type, 'AnnotationPage');
  assert.match(collection.id, /^urn:offprint:annotations:/);
  assert.deepEqual(
    items(file.text).map((item) => [item.id, item.type, item.motivation]),
    [
      ['urn:offprint:note:n1', 'Annotation', 'commenting'],
      ['urn:offprint:note:h1', 'Annotation', 'commenting'],
      ['urn:offprint:note:h2', 'Annotation', 'highlighting'],
    ],
  );
});

test('a highlight carries its comment, tags, colour, dates and both selectors on its review', () => {
  const [, commented, plain] = items(exportAnnotations([{ review, notes }]).text);
  assert.ok(commented && plain);
  assert.equal(commented.created, '2024-01-04T00:00:00Z');
  assert.equal(commented.modified, '2024-01-05T00:00:00Z');
  assert.deepEqual(commented.body, [
    { type: 'TextualBody', purpose: 'commenting', value: 'Why two?', format: 'text/markdown' },
    { type: 'TextualBody', purpose: 'tagging', value: 'time' },
    { type: 'TextualBody', purpose: 'tagging', value: 'talks' },
  ]);
  assert.deepEqual(commented.target[0], {
    type: 'SpecificResource',
    source: 'urn:offprint:review:review-1',
    'offprint:contentHash': 'c0ffee',
    selector: [
      { type: 'TextQuoteSelector', exact: 'two years', prefix: 'after ', suffix: ' of' },
      { type: 'TextPositionSelector', start: 24, end: 33 },
    ],
    styleClass: 'highlight-green',
  });
  assert.equal(commented.stylesheet?.type, 'CssStylesheet');
  assert.match(commented.stylesheet?.value ?? '', /\.highlight-green \{/);
  assert.equal(plain.body, undefined, 'a highlight with no comment and no tags has no body');
  assert.equal(plain.target[0]?.styleClass, 'highlight-blue');
});

test('the page a review came from is a second target, anchored by the quote alone', () => {
  const [free, highlight] = items(exportAnnotations([{ review, notes }]).text);
  assert.ok(free && highlight);
  assert.deepEqual(free.target, [
    { type: 'SpecificResource', source: 'urn:offprint:review:review-1', 'offprint:contentHash': 'c0ffee' },
    { type: 'SpecificResource', source: 'https://example.org/review' },
  ]);
  assert.deepEqual(highlight.target[1], {
    type: 'SpecificResource',
    source: 'https://example.org/review',
    selector: { type: 'TextQuoteSelector', exact: 'two years', prefix: 'after ', suffix: ' of' },
  });
  const offline = items(exportAnnotations([{ review: { ...review, sourceUrl: undefined }, notes }]).text);
  assert.equal(offline[0]?.target.length, 1, 'a review without a web address has only its own target');
});

test('several reviews go into one collection, and no notes give an empty collection without a page', () => {
  const other = { ...review, id: 'review-2', contentHash: 'beef' };
  const otherNote: Note = { ...notes[1], id: 'n9', reviewId: 'review-2' } as Note;
  const both = items(
    exportAnnotations([
      { review, notes },
      { review: other, notes: [otherNote] },
    ]).text,
  );
  assert.deepEqual(
    both.map((item) => item.target[0]?.source),
    [
      'urn:offprint:review:review-1',
      'urn:offprint:review:review-1',
      'urn:offprint:review:review-1',
      'urn:offprint:review:review-2',
    ],
  );
  const empty = JSON.parse(exportAnnotations([{ review, notes: [] }]).text);
  assert.equal(empty.total, 0);
  assert.equal(empty.first, undefined);
});
