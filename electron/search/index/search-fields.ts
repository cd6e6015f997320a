/** The parts of a review a match can be in, best first. */
export const searchFields = ['title', 'author', 'series', 'tag', 'outlet', 'references', 'body', 'notes'] as const;

/** A part of a review a match can be in. */
export type SearchField = (typeof searchFields)[number];

/** The fields a query can name with `field:value`. */
export type NamedField = 'title' | 'author' | 'series' | 'tag' | 'outlet';

/** How much a match in each field weighs against a match in the body (same order as `searchFields`). */
export const fieldWeights: readonly number[] = [4, 3, 2, 2.5, 2.5, 1.2, 1, 1.5];

/** The number of a field in postings and field-length tables. */
export function fieldNumber(field: SearchField): number {
  return searchFields.indexOf(field);
}
