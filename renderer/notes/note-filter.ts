import type { NoteEntry } from '../../electron/model/note.ts';
import type { FacetOption } from '../library/library-query.ts';

/** The filters over every note in the archive; an empty string means no filter on that facet or no text. */
export interface NoteFilters {
  /** '' for both, or a NoteKind. */
  kind: string;
  color: string;
  tag: string;
  series: string;
  text: string;
}

/** Whether an entry is a free note or a highlight. */
export type NoteKind = 'note' | 'highlight';

/** A facet of the notes that can be filtered on (the free text is not a facet: it has no options). */
export type NoteFacet = Exclude<keyof NoteFilters, 'text'>;

/** No filter on any facet and no text. */
export const noNoteFilters: NoteFilters = { kind: '', color: '', tag: '', series: '', text: '' };

/** The facets in the order the all-notes view shows them. */
export const noteFacets: NoteFacet[] = ['kind', 'color', 'tag', 'series'];

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const searchable = new WeakMap<NoteEntry, string>();

/** Whether an entry is a highlight or a free note (older notes have no kind and are free notes). */
export function noteKind(entry: NoteEntry): NoteKind {
  return entry.note.kind === 'highlight' ? 'highlight' : 'note';
}

/** The values an entry has on a facet: only highlights have a colour, and a note may have several tags. */
export function noteFacetValues(entry: NoteEntry, facet: NoteFacet): string[] {
  if (facet === 'kind') return [noteKind(entry)];
  if (facet === 'color') return noteKind(entry) === 'highlight' ? [entry.note.color ?? 'yellow'] : [];
  if (facet === 'tag') return entry.note.tags ?? [];
  return entry.review.series ? [entry.review.series] : [];
}

/** Whether any filter or any text is set. */
export function hasNoteFilters(filters: NoteFilters): boolean {
  return filters.text.trim() !== '' || noteFacets.some((facet) => filters[facet] !== '');
}

/** Text folded for matching: lower case, without accents, runs of white space as one space. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function searchableText(entry: NoteEntry): string {
  let text = searchable.get(entry);
  if (text === undefined) {
    const { note, review } = entry;
    text = foldText([note.body, note.selector?.quote.exact ?? '', ...(note.tags ?? []), review.title].join('\n'));
    searchable.set(entry, text);
  }
  return text;
}

function matchesText(entry: NoteEntry, words: string[]): boolean {
  if (words.length === 0) return true;
  const text = searchableText(entry);
  return words.every((word) => text.includes(word));
}

function wordsOf(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
}

function matches(entry: NoteEntry, filters: NoteFilters, words: string[], skip?: NoteFacet): boolean {
  return (
    noteFacets.every(
      (facet) => facet === skip || filters[facet] === '' || noteFacetValues(entry, facet).includes(filters[facet]),
    ) && matchesText(entry, words)
  );
}

/**
 * The entries that pass every active filter, in their given order. The text matches when each of its words is
 * found, ignoring case and accents, in the note, the highlighted quote, the tags or the review's title.
 */
export function filterNotes(entries: NoteEntry[], filters: NoteFilters): NoteEntry[] {
  if (!hasNoteFilters(filters)) return entries;
  const words = wordsOf(filters.text);
  return entries.filter((entry) => matches(entry, filters, words));
}

/** Each value of a facet with the number of entries it would show, counted under the other active filters. */
export function noteFacetOptions(entries: NoteEntry[], filters: NoteFilters, facet: NoteFacet): FacetOption[] {
  const words = wordsOf(filters.text);
  const counts = new Map<string, number>();
  for (const entry of entries) {
    if (!matches(entry, filters, words, facet)) continue;
    for (const value of new Set(noteFacetValues(entry, facet))) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  if (filters[facet] !== '' && !counts.has(filters[facet])) counts.set(filters[facet], 0);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => collator.compare(a.value, b.value));
}

/** How many entries pass every active filter except the one on `facet` (the count of "All …"). */
export function noteFacetTotal(entries: NoteEntry[], filters: NoteFilters, facet: NoteFacet): number {
  const words = wordsOf(filters.text);
  return entries.reduce((count, entry) => (matches(entry, filters, words, facet) ? count + 1 : count), 0);
}
