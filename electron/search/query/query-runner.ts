import type { DocTable } from '../index/doc-table.ts';
import { fieldNumber, searchFields } from '../index/search-fields.ts';
import { type Alternative, type ClauseMatches, type IndexView, newMatches, scoreClause } from './clause-scoring.ts';
import type { RankedHit, RankedResult } from './ranked-hit.ts';
import type { ParsedQuery, QueryClause } from './search-query.ts';
import { completeTerm, documentFrequency, nearSpellings } from './term-expansion.ts';
import { topDocuments } from './top-documents.ts';

const notesMask = 1 << fieldNumber('notes');
const singleCjk = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]$/u;

/** Runs a parsed query: every clause must match, excluded ones must not, dates filter; ranked BM25 over fields. */
export function runQuery(view: IndexView, query: ParsedQuery, limit: number, offset: number): RankedResult {
  const empty: RankedResult = { hits: [], total: 0, problems: query.problems };
  const positives = query.clauses.filter((clause) => !clause.exclude);
  if (positives.length === 0) return empty;
  const planned = positives.map((clause) => ({ clause, alternatives: alternativesOf(view, clause) }));
  if (planned.some((plan) => plan.alternatives.length === 0)) return empty;
  planned.sort((x, y) => costOf(view, x.alternatives) - costOf(view, y.alternatives));

  const docs = view.docs;
  const count = docs.count;
  const matched = new Uint16Array(count);
  const total = new Float64Array(count);
  const bestField = new Uint8Array(count);
  const bestFieldScore = new Float64Array(count);
  const stamp = new Uint32Array(count);
  const eligible = new Uint8Array(count);
  if (docs.removed === 0 && query.before === null && query.after === null) eligible.fill(1);
  else
    for (let doc = 0; doc < count; doc++)
      eligible[doc] = docs.ids[doc] !== null && withinDates(docs, doc, query) ? 1 : 0;
  const perClause: ClauseMatches[] = [];
  let candidates: number[] = [];
  planned.forEach((plan, index) => {
    const matches = newMatches(count);
    const gate = { eligible, matched, expected: index };
    scoreClause(view, plan.alternatives, allowedFields(plan.clause, query), gate, stamp, index + 1, matches);
    for (const doc of matches.touched) {
      matched[doc] = index + 1;
      total[doc] = (total[doc] as number) + (matches.score[doc] as number);
      if ((matches.bestFieldScore[doc] as number) > (bestFieldScore[doc] as number)) {
        bestFieldScore[doc] = matches.bestFieldScore[doc] as number;
        bestField[doc] = matches.bestField[doc] as number;
      }
    }
    candidates = matches.touched;
    perClause.push(matches);
  });

  for (const clause of query.clauses.filter((each) => each.exclude)) {
    const gate = { eligible, matched, expected: planned.length };
    const matches = newMatches(count);
    scoreClause(
      view,
      alternativesOf(view, clause),
      allowedFields(clause, query),
      gate,
      new Uint32Array(count),
      1,
      matches,
    );
    for (const doc of matches.touched) eligible[doc] = 0;
  }
  const ranked = candidates.filter((doc) => eligible[doc] === 1);
  const page = topDocuments(ranked, total, offset + limit).slice(offset);
  const hits: RankedHit[] = page.map((doc) => ({
    id: docs.ids[doc] as string,
    score: total[doc] as number,
    field: searchFields[bestField[doc] as number] ?? 'body',
    terms: hitTerms(planned, perClause, doc),
  }));
  return { hits, total: ranked.length, problems: query.problems };
}

function alternativesOf(view: IndexView, clause: QueryClause): Alternative[] {
  const head = clause.terms.slice(0, -1);
  const last = clause.terms.at(-1) as string;
  const alternatives: Alternative[] = [{ terms: clause.terms, weight: 1 }];
  if (clause.prefix || singleCjk.test(last)) {
    for (const term of completeTerm(view.main, view.delta, last))
      alternatives.push({ terms: [...head, term], weight: 0.85 });
  }
  const found = alternatives.filter((alternative) => phraseFrequency(view, alternative.terms) > 0);
  if (found.length > 0 || !clause.fuzzy || clause.terms.length > 1 || last.length < 4) return found;
  return nearSpellings(view.main, view.delta, last, last.length >= 8 ? 2 : 1).map((term) => ({
    terms: [term],
    weight: 0.6,
  }));
}

function phraseFrequency(view: IndexView, terms: string[]): number {
  return Math.min(...terms.map((term) => documentFrequency(view.main, view.delta, term)));
}

function costOf(view: IndexView, alternatives: Alternative[]): number {
  return alternatives.reduce((sum, alternative) => sum + phraseFrequency(view, alternative.terms), 0);
}

function allowedFields(clause: QueryClause, query: ParsedQuery): number {
  if (clause.field !== null) return 1 << fieldNumber(clause.field);
  return query.inNotes ? notesMask : 0xff;
}

function withinDates(docs: DocTable, doc: number, query: ParsedQuery): boolean {
  if (query.before === null && query.after === null) return true;
  const date = docs.dates[doc] as number;
  if (date === 0) return false;
  return (query.before === null || date < query.before) && (query.after === null || date >= query.after);
}

function hitTerms(planned: { alternatives: Alternative[] }[], perClause: ClauseMatches[], doc: number): string[] {
  const terms = new Set<string>();
  planned.forEach((plan, index) => {
    const chosen = plan.alternatives[perClause[index]?.alternative[doc] ?? 0];
    for (const term of chosen?.terms ?? []) terms.add(term);
  });
  return [...terms];
}
