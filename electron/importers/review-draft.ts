import type { Author, Reference } from '../model/review.ts';

/** What an importer makes of a source, before the library gives it an id and stores it. */
export interface ReviewDraft {
  title: string;
  subtitle?: string;
  series?: string;
  issue?: string;
  publishedAt?: string;
  updatedAt?: string;
  authors: Author[];
  site?: string;
  sourceUrl?: string;
  language?: string;
  /** Markdown; images the importer saved appear as `offprint-asset:<name>` until the library stores them. */
  body: string;
  references: Reference[];
  tags: string[];
  updatedAtRaw?: string;
  section?: string;
  copyright?: string;
}

/** An image an importer took from the source, to be stored in the archive's `assets/<id>/`. */
export interface ImportedAsset {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}
