import type { Reference } from '../model/review.ts';
import { splitPersonName } from './person-name.ts';

/** Maps a reference to a CSL-JSON item (`article-newspaper` with an outlet, else `article`; unparsed: raw as title). */
export function toCslItem(reference: Reference): Record<string, unknown> {
  const item: Record<string, unknown> = {
    id: cslId(reference),
    type: reference.container ? 'article-newspaper' : 'article',
    title: reference.title ?? reference.raw,
  };
  if (reference.authors && reference.authors.length > 0) item.author = reference.authors.map(splitPersonName);
  if (reference.container) item['container-title'] = reference.container;
  const issued = dateParts(reference.issued);
  if (issued) item.issued = { 'date-parts': [issued] };
  if (reference.url) item.URL = reference.url;
  return item;
}

/** A readable, stable id: first author's family name (or the outlet), the year, the first title word, and a hash. */
function cslId(reference: Reference): string {
  const firstAuthor = reference.authors?.[0];
  const name = firstAuthor ? splitPersonName(firstAuthor) : undefined;
  const who = name ? ('family' in name ? name.family : name.literal) : (reference.container ?? 'ref');
  const year = reference.issued?.match(/^\d{4}/)?.[0] ?? '';
  const firstWord = (reference.title ?? '').split(/\s+/)[0] ?? '';
  const readable = [who, year, firstWord]
    .map((part) =>
      part
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ''),
    )
    .filter((part) => part.length > 0)
    .join('-');
  return `${readable || 'ref'}-${fnv1a(reference.raw)}`;
}

function dateParts(issued: string | undefined): number[] | undefined {
  const match = issued?.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/);
  if (!match) return undefined;
  return [match[1], match[2], match[3]].filter((part) => part !== undefined).map(Number);
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0').slice(0, 6);
}
