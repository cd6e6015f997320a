import { createHash } from 'node:crypto';
import type { ExportFile } from '../model/export-file.ts';
import type { Note } from '../model/note.ts';
import type { Review } from '../model/review.ts';
import {
  annotationContext,
  contentHashKey,
  highlightStylesheet,
  noteUrnPrefix,
  reviewUrnPrefix,
  styleClassPrefix,
} from './annotation-vocabulary.ts';

/**
 * Highlights and notes as one W3C Web Annotation collection (JSON-LD): a highlight targets its review with a
 * TextQuoteSelector and a TextPositionSelector, a free note targets the whole review.
 */
export function exportAnnotations(items: Array<{ review: Review; notes: Note[] }>): ExportFile {
  const annotations = items.flatMap(({ review, notes }) =>
    notes.filter((note) => note.kind === 'highlight' || note.body.trim() !== '').map((note) => annotate(review, note)),
  );
  const text = `${JSON.stringify(collectionOf(annotations), null, 2)}\n`;
  return { name: 'annotations.jsonld', mediaType: 'application/ld+json', text };
}

function collectionOf(annotations: object[]): object {
  const id = `urn:offprint:annotations:${createHash('sha256').update(JSON.stringify(annotations)).digest('hex')}`;
  const collection = {
    '@context': annotationContext,
    id,
    type: 'AnnotationCollection',
    label: 'Highlights and notes exported from Offprint',
    total: annotations.length,
  };
  // The model allows `first` only when the collection holds annotations.
  if (annotations.length === 0) return collection;
  return { ...collection, first: { id: `${id}:page:1`, type: 'AnnotationPage', startIndex: 0, items: annotations } };
}

function annotate(review: Review, note: Note): object {
  const highlight = note.kind === 'highlight' && note.selector !== undefined;
  const comment = note.body === '' ? [] : [textualBody('commenting', note.body, 'text/markdown')];
  const tags = (note.tags ?? []).map((tag) => textualBody('tagging', tag));
  const body = [...comment, ...tags];
  return {
    id: `${noteUrnPrefix}${note.id}`,
    type: 'Annotation',
    motivation: highlight && comment.length === 0 ? 'highlighting' : 'commenting',
    created: note.createdAt,
    modified: note.updatedAt,
    ...(body.length > 0 ? { body } : {}),
    target: targetsOf(review, highlight ? note : undefined),
    ...(highlight && note.color ? { stylesheet: highlightStylesheet } : {}),
  };
}

/**
 * The review in this archive (by its urn, with its content hash to find it in another archive) and, when it was
 * imported from the web, the page it came from, anchored by the quote alone since its offsets are Offprint's.
 */
function targetsOf(review: Review, highlight: Note | undefined): object[] {
  const selector = highlight?.selector;
  const quote = selector && { type: 'TextQuoteSelector', ...selector.quote };
  const own = {
    type: 'SpecificResource',
    source: `${reviewUrnPrefix}${review.id}`,
    [contentHashKey]: review.contentHash,
    ...(selector && {
      selector: [quote, { type: 'TextPositionSelector', start: selector.position.start, end: selector.position.end }],
    }),
    ...(highlight?.color ? { styleClass: `${styleClassPrefix}${highlight.color}` } : {}),
  };
  if (!review.sourceUrl) return [own];
  return [own, { type: 'SpecificResource', source: review.sourceUrl, ...(quote && { selector: quote }) }];
}

function textualBody(purpose: 'commenting' | 'tagging', value: string, format?: string): object {
  return { type: 'TextualBody', purpose, value, ...(format ? { format } : {}) };
}
