import type { SearchField } from '../index/search-fields.ts';

/** One review the index ranked: its id, score, best field and matched terms, before any passage is cut. */
export interface RankedHit {
  id: string;
  score: number;
  /** Where the best match is: 'title' | 'author' | 'series' | 'tag' | 'outlet' | 'references' | 'body' | 'notes'. */
  field: SearchField;
  /** The folded terms (and phrase terms) that matched, for snippets and highlighting. */
  terms: string[];
}

/** One page of ranked hits, how many there are in all, and lines about parts of the query that were ignored. */
export interface RankedResult {
  hits: RankedHit[];
  total: number;
  problems: string[];
}
