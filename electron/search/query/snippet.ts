import type { Snippet } from '../../model/search-hit.ts';
import { plainText } from '../index/markdown-plain.ts';
import { type TextToken, tokenize } from '../index/text-tokens.ts';

const ellipsis = '…';

/**
 * The passage of `text` (Markdown, shown as plain text) around the best cluster of matching terms, at most about
 * `maxLength` characters, with the matches' exact ranges in it; null when no term occurs.
 */
export function makeSnippet(text: string, terms: string[], maxLength = 200): Snippet | null {
  const plain = plainText(text);
  const matches = matchingTokens(plain, terms);
  const window = bestWindow(matches, maxLength);
  if (!window) return null;
  const first = matches[window.first] as TextToken;
  const last = matches[window.last] as TextToken;
  const spare = Math.max(0, maxLength - (last.end - first.start));
  let start = Math.max(0, first.start - Math.floor(spare / 3));
  let end = Math.min(plain.length, last.end + (spare - (first.start - start)));
  if (end === plain.length) start = Math.max(0, Math.min(start, end - maxLength));
  if (start > 0 && plain[start - 1] !== ' ') {
    const space = plain.indexOf(' ', start);
    start = space >= 0 && space < first.start ? space + 1 : start;
  }
  if (end < plain.length && plain[end] !== ' ') {
    const space = plain.lastIndexOf(' ', end);
    end = space > last.end ? space : end;
  }
  const lead = start > 0 ? ellipsis : '';
  const tail = end < plain.length ? ellipsis : '';
  const highlights: [number, number][] = [];
  for (const token of matches) {
    if (token.start < start || token.end > end) continue;
    const from = token.start - start + lead.length;
    const to = token.end - start + lead.length;
    const previous = highlights.at(-1);
    if (previous && from <= previous[1]) previous[1] = Math.max(previous[1], to);
    else highlights.push([from, to]);
  }
  return { text: lead + plain.slice(start, end).trim() + tail, highlights: trimmed(plain, start, end, highlights) };
}

/** The words of the first best match in `text` as it reads (plain text), for scrolling to it; null when none. */
export function firstMatch(text: string, terms: string[]): string | null {
  const plain = plainText(text);
  const wanted = new Set(terms);
  const tokens = tokenize(plain);
  let best: { start: number; end: number; distinct: number } | null = null;
  for (let index = 0; index < tokens.length; index++) {
    if (!wanted.has((tokens[index] as TextToken).term)) continue;
    const seen = new Set<string>();
    let last = index;
    while (last < tokens.length && wanted.has((tokens[last] as TextToken).term))
      seen.add((tokens[last++] as TextToken).term);
    if (!best || seen.size > best.distinct) {
      best = {
        start: (tokens[index] as TextToken).start,
        end: (tokens[last - 1] as TextToken).end,
        distinct: seen.size,
      };
    }
    index = last - 1;
  }
  return best && plain.slice(best.start, best.end);
}

function matchingTokens(plain: string, terms: string[]): TextToken[] {
  const wanted = new Set(terms);
  return tokenize(plain).filter((token) => wanted.has(token.term));
}

/** The run of matches within `maxLength` characters holding the most distinct terms, then the most matches. */
function bestWindow(matches: TextToken[], maxLength: number): { first: number; last: number } | null {
  let best: { first: number; last: number; value: number } | null = null;
  let first = 0;
  const counts = new Map<string, number>();
  for (let last = 0; last < matches.length; last++) {
    const token = matches[last] as TextToken;
    counts.set(token.term, (counts.get(token.term) ?? 0) + 1);
    while (first < last && token.end - (matches[first] as TextToken).start > maxLength) {
      const term = (matches[first] as TextToken).term;
      const left = (counts.get(term) ?? 1) - 1;
      if (left === 0) counts.delete(term);
      else counts.set(term, left);
      first++;
    }
    const value = counts.size * 10_000 + (last - first + 1);
    if (!best || value > best.value) best = { first, last, value };
  }
  return best;
}

/** Shifts highlights left by the spaces `trim` removed from the start of the passage. */
function trimmed(plain: string, start: number, end: number, highlights: [number, number][]): [number, number][] {
  const passage = plain.slice(start, end);
  const removed = passage.length - passage.trimStart().length;
  return highlights.map(([from, to]) => [from - removed, to - removed]);
}
