import type { Author } from '../model/review.ts';

const byPrefix = /^(?:written\s+by|by|par|por|von|door|av|af)\s*[:\s]\s*/i;
const month =
  '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?|(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)';
const notAName = new RegExp(
  `^(?:(?:last\\s+)?updated|published|posted|follow|subscribe|share|contact|\\d|(?:${month})\\s+\\d)`,
  'i',
);
const trailingDate = new RegExp(`\\s*(?:[|,•·–—-]\\s*)?(?:\\bon\\s+)?(?:\\d|\\b(?:${month})\\s+\\d).*$`, 'i');
const institution =
  /\b(?:universit|institut|college|school|academy|centre|center|laborator|foundation|department|hospital|society|council|ministry|agency)/i;
const role = /\b(?:writer|editor|reporter|correspondent|contributor|columnist|staff|journalist|photographer)\b/i;

/** Turns a page's byline ("By Alice Smith and Bob Jones (University of X)") into authors; [] when it names no one. */
export function parseByline(byline: string | null | undefined): Author[] {
  if (!byline) return [];
  const lines = byline
    .replace(/^\s*/, '')
    .replace(byPrefix, '')
    .split(/\s*[\r\n]+\s*/)
    .map((line) => line.replace(byPrefix, '').replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0 && !notAName.test(line));
  // Later lines are dates, sections or the outlet's name; the names come first.
  const first = lines[0]?.replace(trailingDate, '').trim();
  if (!first) return [];
  return splitNames(first).flatMap(toAuthor);
}

function splitNames(text: string): string[] {
  // Affiliations in parentheses may hold "&" or commas of their own: keep them whole while splitting.
  const groups: string[] = [];
  const masked = text.replace(/\([^()]*\)/g, (group) => `\uE000${groups.push(group) - 1}\uE001`);
  const unmask = (part: string) =>
    part.replace(/\uE000(\d+)\uE001/g, (_, index: string) => groups[Number(index)] ?? '');
  const parts = masked.split(/\s*(?:;|&|\band\b|\bund\b|\bet\b)\s*/i).filter((part) => part.trim().length > 0);
  if (parts.length > 1) return parts.flatMap((part) => splitListPart(part).map(unmask));
  const pieces = masked.split(/\s*,\s*/);
  const allNames =
    pieces.length > 1 &&
    pieces.every((piece) => /^\S+(?:\s+\S+){1,3}$/.test(piece) && !institution.test(piece) && !role.test(piece));
  return (allNames ? pieces : [masked]).map(unmask);
}

/** "Alice Smith, Bob Jones" inside a list is two names; "Alice Smith, University of X" is one name and a place. */
function splitListPart(part: string): string[] {
  const pieces = part.split(/\s*,\s*/).filter((piece) => piece.length > 0);
  const names: string[] = [];
  for (const piece of pieces) {
    const last = names.length - 1;
    if (last >= 0 && (institution.test(piece) || role.test(piece))) names[last] = `${names[last]}, ${piece}`;
    else names.push(piece);
  }
  return names;
}

function toAuthor(text: string): Author[] {
  const cleaned = text.replace(/^[,\s]+|[,\s]+$/g, '');
  if (!cleaned) return [];
  const parenthesised = cleaned.match(/^(.+?)\s*\(([^()]+)\)$/);
  if (parenthesised?.[1] && parenthesised[2]) return named(parenthesised[1], parenthesised[2]);
  const comma = cleaned.indexOf(',');
  if (comma > 0) {
    const rest = cleaned.slice(comma + 1).trim();
    if (institution.test(rest)) return named(cleaned.slice(0, comma), rest);
    if (role.test(rest)) return named(cleaned.slice(0, comma));
  }
  return named(cleaned);
}

function named(name: string, affiliation?: string): Author[] {
  const trimmed = name.trim();
  // A long run of words is a sentence Readability mistook for a byline, not a name.
  if (!trimmed || trimmed.length > 100 || trimmed.split(/\s+/).length > 8) return [];
  const place = affiliation?.trim();
  return place ? [{ name: trimmed, affiliation: place }] : [{ name: trimmed }];
}

/** Removes the line near the top of the article that only repeats the byline, now kept as the authors. */
export function removeBylineLine(article: Element, byline: string | null | undefined): void {
  const wanted = byline?.replace(/\s+/g, ' ').trim().toLowerCase();
  if (!wanted) return;
  const leading = [...article.querySelectorAll('p, div, span, address, h2, h3, h4, h5, h6')].slice(0, 12);
  for (const element of leading) {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
    if (text && (text === wanted || text.replace(byPrefix, '') === wanted.replace(byPrefix, ''))) {
      element.remove();
      return;
    }
  }
}
