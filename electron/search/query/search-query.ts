import type { NamedField } from '../index/search-fields.ts';
import { tokenize } from '../index/text-tokens.ts';

/** One condition of a query: a word or phrase (folded terms in order), maybe limited to a field or excluded. */
export interface QueryClause {
  /** Folded terms in order; more than one must stand next to each other, as in a phrase. */
  terms: string[];
  field: NamedField | null;
  exclude: boolean;
  /** The last term may match as the start of a longer word (the word being typed). */
  prefix: boolean;
  /** A typo may be forgiven (an unquoted word that is not excluded). */
  fuzzy: boolean;
}

/** A search box entry taken apart: what must match, what must not, where, and when. */
export interface ParsedQuery {
  clauses: QueryClause[];
  /** Only matches in the reader's notes and highlights count. */
  inNotes: boolean;
  /** Only reviews published before this day (YYYYMMDD), or null. */
  before: number | null;
  /** Only reviews published on or after this day (YYYYMMDD), or null. */
  after: number | null;
  /** Lines for the reader about parts of the query that were ignored. */
  problems: string[];
}

interface RawPart {
  text: string;
  quoted: boolean;
  exclude: boolean;
  field: string | null;
  last: boolean;
}

const namedFields = new Set<string>(['author', 'outlet', 'series', 'tag', 'title']);
const datePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses a query: words, "phrases", -exclusions, field:value, in:notes, before:/after: dates, prefix on the last word. */
export function parseQuery(input: string): ParsedQuery {
  const parsed: ParsedQuery = { clauses: [], inNotes: false, before: null, after: null, problems: [] };
  const typing = !/\s$/.test(input);
  for (const part of splitParts(input)) {
    const field = part.field?.toLowerCase() ?? null;
    if (field === 'before' || field === 'after') {
      const day = dateNumber(part.text);
      if (day === null) parsed.problems.push(`${field}: needs a date like 2003-01-01`);
      else if (field === 'before') parsed.before = day;
      else parsed.after = day;
      continue;
    }
    if (field === 'in' && part.text.toLowerCase() === 'notes' && !part.exclude) {
      parsed.inNotes = true;
      continue;
    }
    const named = field !== null && namedFields.has(field) ? (field as NamedField) : null;
    const text = field !== null && named === null ? `${part.field}:${part.text}` : part.text;
    const terms = tokenize(text).map((token) => token.term);
    if (terms.length === 0) continue;
    parsed.clauses.push({
      terms,
      field: named,
      exclude: part.exclude,
      prefix: part.last && typing && !part.quoted && !part.exclude,
      fuzzy: !part.quoted && !part.exclude,
    });
  }
  return parsed;
}

/** The day a date like 2003-01-01, 2003-01 or 2003 starts, as the number 20030101; null when it is not a date. */
export function dateNumber(text: string): number | null {
  const match = datePattern.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return year * 10000 + month * 100 + day;
}

function splitParts(input: string): RawPart[] {
  const parts: RawPart[] = [];
  let index = 0;
  while (index < input.length) {
    while (index < input.length && /\s/.test(input[index] as string)) index++;
    if (index >= input.length) break;
    let exclude = false;
    if (input[index] === '-' && index + 1 < input.length && !/\s/.test(input[index + 1] as string)) {
      exclude = true;
      index++;
    }
    let field: string | null = null;
    const fieldMatch = /^([A-Za-z]+):(?=\S)/.exec(input.slice(index, index + 40));
    if (fieldMatch) {
      field = fieldMatch[1] as string;
      index += fieldMatch[0].length;
    }
    const { text, quoted, next } = readValue(input, index);
    index = next;
    parts.push({ text, quoted, exclude, field, last: false });
  }
  const last = parts.at(-1);
  if (last) last.last = true;
  return parts;
}

function readValue(input: string, start: number): { text: string; quoted: boolean; next: number } {
  if (input[start] === '"') {
    const close = input.indexOf('"', start + 1);
    const end = close === -1 ? input.length : close;
    return { text: input.slice(start + 1, end), quoted: true, next: end + 1 };
  }
  let end = start;
  while (end < input.length && !/\s/.test(input[end] as string)) end++;
  return { text: input.slice(start, end), quoted: false, next: end };
}
