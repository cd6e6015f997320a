import type { Author, Reference } from '../api/contract.ts';

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
  body: string;
  references: Reference[];
  tags: string[];
}
