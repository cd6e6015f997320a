import type { Reference } from '../model/review.ts';
import { splitPersonName } from './person-name.ts';

/** A date printed in running text (`30 August`, `August 30, 2002`), where it sits, and what it says. */
export interface TextDate {
  start: number;
  end: number;
  month: number;
  day: number;
  year?: number;
}

/** A quoted phrase in running text, where it sits, and its words. */
export interface TextQuote {
  start: number;
  end: number;
  text: string;
}

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const month =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const ordinal = '(?:st|nd|rd|th)?';
const datePattern = new RegExp(
  `\\b(?:(\\d{1,2})${ordinal}\\s+(${month})(?:,?\\s+(\\d{4})(?![-\\d]))?|(${month})\\s+(\\d{1,2})${ordinal}(?![\\d])(?:,?\\s+(\\d{4})(?![-\\d]))?|(\\d{4})-(\\d{2})-(\\d{2}))`,
  'g',
);
const quotePattern = /"([^"\n]{3,}?)"|“([^”\n]{3,}?)”|«\s?([^»\n]{3,}?)\s?»/g;
const stopWords = new Set(
  'a an and as at by for from in into is it its of on or over the to up was were with'.split(' '),
);

/** Finds the dates printed in a stretch of text. */
export function findDates(text: string, offset = 0): TextDate[] {
  const dates: TextDate[] = [];
  for (const found of text.matchAll(datePattern)) {
    const [, dayFirst, monthAfter, yearA, monthFirst, dayAfter, yearB, isoYear, isoMonth, isoDay] = found;
    const monthNumber = isoMonth ? Number(isoMonth) : monthIndex(monthAfter ?? monthFirst ?? '');
    const day = Number(isoDay ?? dayFirst ?? dayAfter);
    const year = isoYear ?? yearA ?? yearB;
    if (monthNumber < 1 || day < 1 || day > 31) continue;
    const date: TextDate = {
      start: offset + found.index,
      end: offset + found.index + found[0].length,
      month: monthNumber,
      day,
    };
    if (year) date.year = Number(year);
    dates.push(date);
  }
  return dates;
}

/** Finds the quoted phrases in a stretch of text. */
export function findQuotes(text: string, offset = 0): TextQuote[] {
  return [...text.matchAll(quotePattern)].map((found) => ({
    start: offset + found.index,
    end: offset + found.index + found[0].length,
    text: found[1] ?? found[2] ?? found[3] ?? '',
  }));
}

/** True when the printed date is the reference's issued date (the year only counts when printed). */
export function dateMatches(date: TextDate, reference: Reference): boolean {
  const issued = reference.issued?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!issued) return false;
  if (date.year !== undefined && date.year !== Number(issued[1])) return false;
  return date.month === Number(issued[2]) && date.day === Number(issued[3]);
}

/** True when a quoted phrase shares most of its words with the reference's headline (`Japan gained ground`). */
export function quoteMatchesTitle(quote: string, reference: Reference): boolean {
  if (!reference.title) return false;
  const quoted = stems(quote);
  const title = stems(reference.title);
  const shared = [...quoted].filter((stem) => title.has(stem)).length;
  return shared >= 2 && shared >= 0.6 * Math.min(quoted.size, title.size);
}

/** True when the paragraph names one of the reference's authors: the full name, or the family name mid-sentence. */
export function namesAnAuthor(paragraph: string, reference: Reference): boolean {
  return (reference.authors ?? []).some((author) => {
    if (wordAt(paragraph, author).length > 0) return true;
    const name = splitPersonName(author);
    if (!('family' in name) || name.family.length < 3) return false;
    return wordAt(paragraph, name.family).some((index) => {
      const before = paragraph.slice(Math.max(0, index - 3), index);
      return /[\p{Ll},;:]\s+$/u.test(before);
    });
  });
}

/** Where `word` occurs in `text` as a whole word (not inside a longer word). */
export function wordAt(text: string, word: string): number[] {
  const indexes: number[] = [];
  if (!word) return indexes;
  for (let index = text.indexOf(word); index >= 0; index = text.indexOf(word, index + 1)) {
    const before = text.slice(Math.max(0, index - 2), index);
    const after = text.slice(index + word.length, index + word.length + 2);
    if (!/[\p{L}\p{N}]$/u.test(before) && !/^[\p{L}\p{N}]/u.test(after)) indexes.push(index);
  }
  return indexes;
}

function monthIndex(name: string): number {
  return monthNames.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function stems(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !stopWords.has(word));
  return new Set(words.map(stem));
}

function stem(word: string): string {
  const stripped = word.replace(/(?:ing|ed|es|s)$/, '');
  return (stripped.length >= 3 ? stripped : word).slice(0, 6);
}
