import type { Reference } from '../model/review.ts';
import {
  dateMatches,
  findDates,
  findQuotes,
  namesAnAuthor,
  quoteMatchesTitle,
  type TextDate,
  type TextQuote,
  wordAt,
} from './citation-evidence.ts';
import { overlapsAny, type Span, spansWithin, untouchableSpans } from './markdown-text.ts';

interface Mention extends Span {
  /** Lower-cased outlet name, or undefined for a link that is already there. */
  outlet?: string;
  dates: TextDate[];
  quotes: TextQuote[];
}

interface Edit extends Span {
  target: number;
}

const abbreviation = /(?:^|[\s.])(?:Mr|Mrs|Ms|Dr|Prof|St|No|Jr|Sr|vs|etc|e\.g|i\.e|\p{Lu})$/u;
const citationFiller = /\b(?:the|see|also|cited|in|p|pp|and)\b|[\d\s,.;:–-]+/gi;

/** Links outlet mentions to entries (`[BBC](#ref-6)`, `([August 30, Reuters](#ref-3))`) when the evidence picks one. */
export function linkCitations(body: string, references: Reference[]): string {
  const outlets = [...new Set(references.map((reference) => reference.container).filter(isText))].sort(
    (a, b) => b.length - a.length,
  );
  if (outlets.length === 0) return body;
  const untouchable = untouchableSpans(body);
  const links = untouchable.filter((span) => /\]\(#ref-\d+\)$/.test(body.slice(span.start, span.end)));
  const edits: Edit[] = [];
  for (const paragraph of rangesBetween(body, /\n[ \t]*\n/g)) {
    const paragraphText = body.slice(paragraph.start, paragraph.end);
    for (const sentence of sentenceRanges(paragraphText, paragraph.start)) {
      const mentions = findMentions(body, sentence, outlets, untouchable, links);
      if (!mentions.some((mention) => mention.outlet)) continue;
      const text = body.slice(sentence.start, sentence.end);
      for (const date of findDates(text, sentence.start)) nearest(mentions, date)?.dates.push(date);
      for (const quote of findQuotes(text, sentence.start)) nearest(mentions, quote)?.quotes.push(quote);
      for (const mention of mentions) {
        const target = mention.outlet ? chooseReference(mention, references, paragraphText) : undefined;
        if (target !== undefined) edits.push({ ...linkSpan(body, mention, mentions, untouchable), target });
      }
    }
  }
  let linked = body;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    const mention = linked.slice(edit.start, edit.end);
    linked = `${linked.slice(0, edit.start)}[${mention}](#ref-${edit.target + 1})${linked.slice(edit.end)}`;
  }
  return linked;
}

function findMentions(body: string, sentence: Span, outlets: string[], untouchable: Span[], links: Span[]): Mention[] {
  const text = body.slice(sentence.start, sentence.end);
  const mentions: Mention[] = [];
  for (const outlet of outlets) {
    for (const index of wordAt(text, outlet)) {
      const start = sentence.start + index;
      const end = start + outlet.length;
      const inLongerOutlet = mentions.some((other) => start < other.end && other.start < end);
      if (inLongerOutlet || overlapsAny(untouchable, start, end)) continue;
      mentions.push({ start, end, outlet: outlet.toLowerCase(), dates: [], quotes: [] });
    }
  }
  // Links made earlier keep the dates and quotes beside them, so a second run links nothing new.
  for (const link of spansWithin(links, sentence.start, sentence.end))
    mentions.push({ ...link, dates: [], quotes: [] });
  return mentions;
}

function nearest(mentions: Mention[], span: Span): Mention | undefined {
  let best: Mention | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const mention of mentions) {
    const distance = Math.max(0, mention.start - span.end, span.start - mention.end);
    if (distance < bestDistance) {
      best = mention;
      bestDistance = distance;
    }
  }
  return best;
}

// An outlet name alone never links: most outlets are cited more than once, and a wrong link is worse than none.
function chooseReference(mention: Mention, references: Reference[], paragraph: string): number | undefined {
  let best: number | undefined;
  let bestScore = 0;
  let tied = false;
  references.forEach((reference, index) => {
    if (reference.container?.toLowerCase() !== mention.outlet) return;
    const dated = mention.dates.some((date) => dateMatches(date, reference));
    if (mention.dates.length > 0 && reference.issued && !dated) return;
    const score =
      Number(dated) +
      Number(mention.quotes.some((quote) => quoteMatchesTitle(quote.text, reference))) +
      Number(namesAnAuthor(paragraph, reference));
    if (score > bestScore) {
      best = index;
      bestScore = score;
      tied = false;
    } else if (score === bestScore && score > 0) {
      tied = true;
    }
  });
  return tied ? undefined : best;
}

/** The outlet name, or the whole inside of a parenthetical that holds nothing but this citation. */
function linkSpan(body: string, mention: Mention, mentions: Mention[], untouchable: Span[]): Span {
  const open = body.lastIndexOf('(', mention.start);
  const close = body.indexOf(')', mention.end);
  if (open < 0 || close < 0) return mention;
  const inside = { start: open + 1, end: close };
  const between = body.slice(inside.start, inside.end);
  if (/[()\n]/.test(between) || overlapsAny(untouchable, inside.start, inside.end)) return mention;
  if (mentions.some((other) => other !== mention && other.start >= inside.start && other.end <= inside.end)) {
    return mention;
  }
  const rest = `${body.slice(inside.start, mention.start)} ${body.slice(mention.end, inside.end)}`;
  const withoutDates = findDates(rest)
    .reverse()
    .reduce((text, date) => text.slice(0, date.start) + text.slice(date.end), rest);
  return withoutDates.replace(citationFiller, '').length === 0 ? inside : mention;
}

function sentenceRanges(text: string, offset: number): Span[] {
  const ends: number[] = [];
  for (const found of text.matchAll(/[.!?]["”’)\]]*\s+(?=["“‘([]?[\p{Lu}\p{N}])/gu)) {
    if (!abbreviation.test(text.slice(Math.max(0, found.index - 5), found.index))) {
      ends.push(found.index + found[0].length);
    }
  }
  const starts = [0, ...ends];
  return starts.map((start, index) => ({ start: offset + start, end: offset + (ends[index] ?? text.length) }));
}

function rangesBetween(text: string, separator: RegExp): Span[] {
  const ranges: Span[] = [];
  let start = 0;
  for (const found of text.matchAll(separator)) {
    ranges.push({ start, end: found.index });
    start = found.index + found[0].length;
  }
  ranges.push({ start, end: text.length });
  return ranges;
}

function isText(value: string | undefined): value is string {
  return value !== undefined && value.trim().length > 0;
}
