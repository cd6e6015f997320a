import type { SearchDocument } from './search-document.ts';

/** A search document for tests: titled "Review <id>", every other field empty unless given. */
export function testDocument(id: string, fields: Partial<SearchDocument> = {}): SearchDocument {
  return {
    id,
    title: `Review ${id}`,
    authors: [],
    tags: [],
    body: '',
    references: [],
    outlets: [],
    notes: [],
    ...fields,
  };
}
