import type { SearchDocument } from '../index/search-document.ts';
import { foldText, tokenize } from '../index/text-tokens.ts';

// A scan keeps each document's folded text once (as one holding the archive in memory would), so a query costs
// the substring searches alone, as in the figures the index is measured against.
const foldedTexts = new WeakMap<SearchDocument, string>();

/**
 * The naive baseline the benchmark compares the index with: keeps the documents in which each folded query word
 * occurs as a substring of the folded fields; returns their ids in the order given.
 */
export function scanDocuments(docs: SearchDocument[], query: string): string[] {
  const words = [...new Set(tokenize(query).map((token) => token.term))];
  if (words.length === 0) return [];
  const found: string[] = [];
  for (const doc of docs) {
    let text = foldedTexts.get(doc);
    if (text === undefined) {
      text = foldText(documentText(doc));
      foldedTexts.set(doc, text);
    }
    if (words.every((word) => text.includes(word))) found.push(doc.id);
  }
  return found;
}

function documentText(doc: SearchDocument): string {
  return [
    doc.title,
    doc.series ?? '',
    doc.issue ?? '',
    ...doc.authors,
    ...doc.tags,
    doc.body,
    ...doc.references,
    ...doc.outlets,
    ...doc.notes,
  ].join('\n');
}
