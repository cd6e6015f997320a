import type { SearchField } from './search-fields.ts';

/** One matching review. */
export interface SearchHit {
  id: string;
  score: number;
  /** Where the best match is: 'title' | 'author' | 'series' | 'tag' | 'outlet' | 'references' | 'body' | 'notes'. */
  field: SearchField;
  /** The folded terms (and phrase terms) that matched, for snippets and highlighting. */
  terms: string[];
}

/** One page of ranked hits, how many there are in all, and lines about parts of the query that were ignored. */
export interface SearchResult {
  hits: SearchHit[];
  total: number;
  problems: string[];
}
