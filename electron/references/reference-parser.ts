import type { Reference } from '../model/review.ts';

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const quoted = /["“”„«]([^"“”„«»]+?)[,.]?["“”»]/;
const urlPattern = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:)]/;

/** Parses one printed reference line (`Author, "Headline", Outlet, 30 August 2002`); unparsed parts stay in `raw`. */
export function parseReference(line: string): Reference {
  const raw = line.replace(/^\s*(?:[•*·\-–—]|\d+[.)]|\[\d+\])\s*/, '').trim();
  const reference: Reference = { raw };
  const url = raw.match(urlPattern)?.[0];
  if (url) reference.url = url;
  const withoutUrl = url ? raw.replace(url, '').trim() : raw;
  const headline = withoutUrl.match(quoted);
  if (!headline || headline.index === undefined) return reference;

  reference.title = headline[1]?.trim();
  const authors = splitAuthors(withoutUrl.slice(0, headline.index));
  if (authors.length > 0) reference.authors = authors;

  const parts = withoutUrl
    .slice(headline.index + headline[0].length)
    .split(',')
    .map((part) => part.trim().replace(/[.;]$/, ''))
    .filter((part) => part.length > 0);
  const issued = parts.length > 0 ? parseDate(parts.at(-1) ?? '') : undefined;
  if (issued) parts.pop();
  // "August 30, 2002" splits on its comma: rejoin the month-day part with the year.
  if (!issued && parts.length >= 2) {
    const joined = parseDate(`${parts.at(-2)}, ${parts.at(-1)}`);
    if (joined) {
      parts.splice(-2, 2);
      reference.issued = joined;
    }
  } else if (issued) {
    reference.issued = issued;
  }
  const container = parts
    .join(', ')
    .replace(/^the\s+/i, '')
    .trim();
  if (container) reference.container = container;
  return reference;
}

function splitAuthors(text: string): string[] {
  const cleaned = text
    .trim()
    .replace(/[,:;]$/, '')
    .trim();
  if (!cleaned) return [];
  return cleaned
    .split(/\s*(?:;|&|\band\b)\s*/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

/** Reads a printed date (`30 August 2002`, `August 30, 2002`, `2002-08-30`) as `YYYY-MM-DD`, or undefined. */
export function parseDate(text: string): string | undefined {
  const value = text.trim();
  const iso = value.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = value.match(/^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/);
  if (dayFirst) return isoDate(Number(dayFirst[3]), monthNumber(dayFirst[2]), Number(dayFirst[1]));
  const monthFirst = value.match(/^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/);
  if (monthFirst) return isoDate(Number(monthFirst[3]), monthNumber(monthFirst[1]), Number(monthFirst[2]));
  return undefined;
}

function monthNumber(name: string | undefined): number {
  const lower = (name ?? '').toLowerCase();
  if (lower.length < 3) return 0;
  return months.findIndex((month) => month.startsWith(lower)) + 1;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}
