import type { Note } from '../../model/note.ts';
import type { Review } from '../../model/review.ts';

/** Everything searchable about one review. */
export interface SearchDocument {
  id: string; // review id
  title: string;
  series?: string;
  issue?: string;
  authors: string[]; // names (with affiliations appended is fine)
  tags: string[];
  publishedAt?: string; // 'YYYY-MM-DD' or 'YYYY-MM' or 'YYYY'
  body: string; // the Markdown body
  references: string[]; // each reference line as printed (headline, outlet, date…)
  outlets: string[]; // parsed outlet names of the references
  notes: string[]; // free notes, highlight comments, highlighted quotes and highlight tags
}

/** Everything searchable about a review and its notes, in the shape the search index takes. */
export function documentOf(review: Review, notes: Note[]): SearchDocument {
  const document: SearchDocument = {
    id: review.id,
    title: review.subtitle ? `${review.title}\n${review.subtitle}` : review.title,
    authors: review.authors.map((author) =>
      author.affiliation ? `${author.name}, ${author.affiliation}` : author.name,
    ),
    tags: review.tags,
    body: review.body,
    references: review.references.map((reference) => reference.raw),
    outlets: outletsOf(review),
    notes: notes.flatMap(noteTexts),
  };
  if (review.series) document.series = review.series;
  if (review.issue) document.issue = review.issue;
  if (review.publishedAt) document.publishedAt = review.publishedAt;
  return document;
}

/** Each outlet the references name, once, in the order first cited. */
function outletsOf(review: Review): string[] {
  const outlets = new Set<string>();
  for (const reference of review.references) {
    const outlet = reference.container?.trim();
    if (outlet) outlets.add(outlet);
  }
  return [...outlets];
}

/** A free note's body; a highlight's comment, quoted passage and tags. */
function noteTexts(note: Note): string[] {
  const texts = [note.body];
  if (note.kind === 'highlight') {
    if (note.selector) texts.push(note.selector.quote.exact);
    texts.push(...(note.tags ?? []));
  }
  return texts.filter((text) => text.trim() !== '');
}
