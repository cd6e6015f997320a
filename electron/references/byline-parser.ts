import type { Author } from '../model/review.ts';
import { looksLikePersonName } from './person-name.ts';

/** Reads a byline (`John de Boer (University of Tokyo)`, `A (X) and B (Y)`); undefined when the line is none. */
export function parseByline(line: string): Author[] | undefined {
  const text = line
    .trim()
    .replace(/^by\s+/i, '')
    .trim();
  if (text.length === 0 || text.length > 300) return undefined;
  const entries = splitOutsideParentheses(text);
  if (!entries) return undefined;
  const authors: Author[] = [];
  for (const entry of entries) {
    const author = readEntry(entry);
    if (!author) return undefined;
    authors.push(author);
  }
  return authors.length > 0 ? authors : undefined;
}

function readEntry(entry: string): Author | undefined {
  const match = entry.match(/^(.+?)\s*[(（](.+)[)）]$/su);
  const name = (match?.[1] ?? entry).trim();
  const affiliation = match?.[2]?.trim();
  if (!looksLikePersonName(name)) return undefined;
  return affiliation ? { name, affiliation } : { name };
}

/** Splits at commas, semicolons, "and" and "&" that sit outside parentheses; undefined if they are unbalanced. */
function splitOutsideParentheses(text: string): string[] | undefined {
  const entries: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === '(' || char === '（') depth++;
    else if (char === ')' || char === '）') {
      depth--;
      if (depth < 0) return undefined;
    } else if (depth === 0) {
      const separator = text.slice(i).match(/^(?:\s*[,;&、]\s*(?:and\s+)?|\s+and\s+)/);
      if (separator) {
        entries.push(text.slice(start, i));
        i += separator[0].length - 1;
        start = i + 1;
      }
    }
  }
  if (depth !== 0) return undefined;
  entries.push(text.slice(start));
  const trimmed = entries.map((entry) => entry.trim());
  return trimmed.every((entry) => entry.length > 0) ? trimmed : undefined;
}
