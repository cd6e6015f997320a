import { ByteReader } from './byte-writer.ts';
import type { DeltaSegment } from './delta-segment.ts';
import type { DocTable } from './doc-table.ts';
import type { MainSegment } from './main-segment.ts';
import { matchPhrase } from './phrase-match.ts';
import type { PostingSlice } from './posting-list.ts';
import { fieldNumber, fieldWeights, searchFields } from './search-fields.ts';
import type { ParsedQuery, QueryClause } from './search-query.ts';
import type { SearchHit, SearchResult } from './search-result.ts';
import { completeTerm, documentFrequency, nearSpellings } from './term-expansion.ts';

/** The parts of an index a query reads. */
export interface IndexView {
  main: MainSegment;
  delta: DeltaSegment;
  docs: DocTable;
}

/** One way a clause can match: terms in a row, and how much a match counts. */
interface Alternative {
  terms: string[];
  weight: number;
}

/** Per document, the best way one clause matched it. */
interface ClauseMatches {
  score: Float64Array;
  alternative: Int32Array;
  bestField: Uint8Array;
  bestFieldScore: Float64Array;
  touched: number[];
}

const fieldCount = searchFields.length;
const k1 = 1.2;
const b = 0.75;
const notesMask = 1 << fieldNumber('notes');
const singleCjk = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]$/u;

/** Runs a parsed query: every clause must match, excluded ones must not, dates filter; ranked BM25 over fields. */
export function runQuery(view: IndexView, query: ParsedQuery, limit: number, offset: number): SearchResult {
  const empty: SearchResult = { hits: [], total: 0, problems: query.problems };
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
  const perClause: ClauseMatches[] = [];
  let candidates: number[] = [];
  planned.forEach((plan, index) => {
    const matches = newMatches(count);
    const accept = (doc: number) => matched[doc] === index && docs.ids[doc] !== null && withinDates(docs, doc, query);
    scoreClause(view, plan.alternatives, allowedFields(plan.clause, query), accept, stamp, index + 1, matches);
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

  const excluded = new Uint8Array(count);
  for (const clause of query.clauses.filter((each) => each.exclude)) {
    const alternatives = alternativesOf(view, clause);
    const accept = (doc: number) => matched[doc] === planned.length && excluded[doc] === 0;
    const matches = newMatches(count);
    scoreClause(view, alternatives, allowedFields(clause, query), accept, new Uint32Array(count), 1, matches);
    for (const doc of matches.touched) excluded[doc] = 1;
  }
  const ranked = candidates.filter((doc) => excluded[doc] === 0);
  const page = topDocuments(ranked, total, offset + limit).slice(offset);
  const hits: SearchHit[] = page.map((doc) => ({
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

function newMatches(count: number): ClauseMatches {
  return {
    score: new Float64Array(count),
    alternative: new Int32Array(count),
    bestField: new Uint8Array(count),
    bestFieldScore: new Float64Array(count),
    touched: [],
  };
}

function scoreClause(
  view: IndexView,
  alternatives: Alternative[],
  allowed: number,
  accept: (doc: number) => boolean,
  stamp: Uint32Array,
  mark: number,
  matches: ClauseMatches,
): void {
  const live = Math.max(1, view.docs.live);
  alternatives.forEach((alternative, index) => {
    const idf = alternative.terms.reduce((sum, term) => sum + inverseFrequency(view, term, live), 0);
    const record = (doc: number, score: number, field: number, fieldScore: number) => {
      if (stamp[doc] !== mark) {
        stamp[doc] = mark;
        matches.touched.push(doc);
      } else if (score <= (matches.score[doc] as number)) return;
      matches.score[doc] = score;
      matches.alternative[doc] = index;
      matches.bestField[doc] = field;
      matches.bestFieldScore[doc] = fieldScore;
    };
    const fieldScore = (doc: number, field: number, frequency: number) =>
      alternative.weight * (fieldWeights[field] as number) * idf * saturation(view.docs, doc, field, frequency, live);
    if (alternative.terms.length === 1) {
      const scale = alternative.weight * idf;
      for (const slice of slicesOf(view, alternative.terms[0] as string)) {
        scoreTerm(slice, view.docs, live, scale, allowed, accept, record);
      }
    } else {
      scorePhrase(view, alternative.terms, allowed, accept, fieldScore, record);
    }
  });
}

/** Scores each accepted document of one posting list by BM25 per allowed field; positions are skipped, not read. */
function scoreTerm(
  slice: PostingSlice,
  docs: DocTable,
  live: number,
  scale: number,
  allowed: number,
  accept: (doc: number) => boolean,
  record: (doc: number, score: number, field: number, fieldScore: number) => void,
): void {
  const bytes = slice.bytes;
  const reader = new ByteReader(bytes, slice.start);
  const lengths = docs.fieldLengths;
  const norms = new Float64Array(fieldCount);
  for (let field = 0; field < fieldCount; field++) {
    norms[field] = (k1 * b) / Math.max(1, (docs.fieldTotals[field] as number) / live);
  }
  let doc = 0;
  while (reader.offset < slice.end) {
    doc += reader.readVarint();
    const mask = bytes[reader.offset++] as number;
    const wanted = (mask & allowed) !== 0 && accept(doc);
    let sum = 0;
    let best = 0;
    let bestScore = -1;
    for (let field = 0; field < fieldCount; field++) {
      if ((mask & (1 << field)) === 0) continue;
      const frequency = reader.readVarint();
      const positionBytes = reader.readVarint();
      reader.offset += positionBytes;
      if (!wanted || (allowed & (1 << field)) === 0) continue;
      const length = lengths[doc * fieldCount + field] as number;
      const denominator = frequency + k1 * (1 - b) + (norms[field] as number) * length;
      const score = (scale * (fieldWeights[field] as number) * frequency * (k1 + 1)) / denominator;
      sum += score;
      if (score > bestScore) {
        bestScore = score;
        best = field;
      }
    }
    if (bestScore >= 0) record(doc, sum, best, bestScore);
  }
}

function scorePhrase(
  view: IndexView,
  terms: string[],
  allowed: number,
  accept: (doc: number) => boolean,
  fieldScore: (doc: number, field: number, frequency: number) => number,
  record: (doc: number, score: number, field: number, fieldScore: number) => void,
): void {
  const frequencies = terms.map((term) => documentFrequency(view.main, view.delta, term));
  const order = terms.map((_, index) => index).sort((x, y) => (frequencies[x] as number) - (frequencies[y] as number));
  const [anchor, ...rest] = order as [number, ...number[]];
  const counts = matchPhrase(
    terms.map((term) => slicesOf(view, term)),
    anchor,
    allowed,
    accept,
    rest,
  );
  const byDoc = new Map<number, { sum: number; best: number; bestScore: number }>();
  for (const [key, frequency] of counts) {
    const doc = Math.floor(key / 8);
    const field = key % 8;
    const score = fieldScore(doc, field, frequency);
    const entry = byDoc.get(doc) ?? { sum: 0, best: field, bestScore: -1 };
    entry.sum += score;
    if (score > entry.bestScore) {
      entry.bestScore = score;
      entry.best = field;
    }
    byDoc.set(doc, entry);
  }
  for (const [doc, entry] of byDoc) record(doc, entry.sum, entry.best, entry.bestScore);
}

function slicesOf(view: IndexView, term: string): PostingSlice[] {
  const slices: PostingSlice[] = [];
  const index = view.main.find(term);
  if (index >= 0) slices.push(view.main.slice(index));
  const newer = view.delta.slice(term);
  if (newer) slices.push(newer);
  return slices;
}

function inverseFrequency(view: IndexView, term: string, live: number): number {
  // Frequencies still count removed documents until the next compaction; capping keeps the weight positive.
  const frequency = Math.min(live, documentFrequency(view.main, view.delta, term));
  return Math.log(1 + (live - frequency + 0.5) / (frequency + 0.5));
}

function saturation(docs: DocTable, doc: number, field: number, frequency: number, live: number): number {
  const length = docs.fieldLengths[doc * fieldCount + field] as number;
  const average = Math.max(1, (docs.fieldTotals[field] as number) / live);
  return (frequency * (k1 + 1)) / (frequency + k1 * (1 - b + (b * length) / average));
}

function hitTerms(planned: { alternatives: Alternative[] }[], perClause: ClauseMatches[], doc: number): string[] {
  const terms = new Set<string>();
  planned.forEach((plan, index) => {
    const chosen = plan.alternatives[perClause[index]?.alternative[doc] ?? 0];
    for (const term of chosen?.terms ?? []) terms.add(term);
  });
  return [...terms];
}

/** The `wanted` best documents by score, best first (ties: the later-added document first). */
function topDocuments(docs: number[], score: Float64Array, wanted: number): number[] {
  const better = (x: number, y: number) => (score[x] as number) - (score[y] as number) || x - y;
  if (docs.length <= wanted * 4) return [...docs].sort((x, y) => better(y, x)).slice(0, wanted);
  const heap: number[] = [];
  for (const doc of docs) {
    if (heap.length < wanted) {
      heap.push(doc);
      siftUp(heap, heap.length - 1, better);
    } else if (better(doc, heap[0] as number) > 0) {
      heap[0] = doc;
      siftDown(heap, 0, better);
    }
  }
  return heap.sort((x, y) => better(y, x));
}

function siftUp(heap: number[], start: number, better: (x: number, y: number) => number): void {
  let index = start;
  while (index > 0) {
    const parent = (index - 1) >> 1;
    if (better(heap[index] as number, heap[parent] as number) >= 0) return;
    [heap[index], heap[parent]] = [heap[parent] as number, heap[index] as number];
    index = parent;
  }
}

function siftDown(heap: number[], start: number, better: (x: number, y: number) => number): void {
  let index = start;
  for (;;) {
    const left = index * 2 + 1;
    const right = left + 1;
    let smallest = index;
    if (left < heap.length && better(heap[left] as number, heap[smallest] as number) < 0) smallest = left;
    if (right < heap.length && better(heap[right] as number, heap[smallest] as number) < 0) smallest = right;
    if (smallest === index) return;
    [heap[index], heap[smallest]] = [heap[smallest] as number, heap[index] as number];
    index = smallest;
  }
}
