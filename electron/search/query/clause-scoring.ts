import { ByteReader } from '../index/byte-writer.ts';
import type { DeltaSegment } from '../index/delta-segment.ts';
import type { DocTable } from '../index/doc-table.ts';
import type { MainSegment } from '../index/main-segment.ts';
import type { PostingSlice } from '../index/posting-list.ts';
import { fieldWeights, searchFields } from '../index/search-fields.ts';
import { matchPhrase } from './phrase-match.ts';
import { documentFrequency } from './term-expansion.ts';

/** The parts of an index a query reads. */
export interface IndexView {
  main: MainSegment;
  delta: DeltaSegment;
  docs: DocTable;
}

/** One way a clause can match: terms in a row, and how much a match counts. */
export interface Alternative {
  terms: string[];
  weight: number;
}

/** Per document, the best way one clause matched it. */
export interface ClauseMatches {
  score: Float64Array;
  alternative: Int32Array;
  bestField: Uint8Array;
  bestFieldScore: Float64Array;
  touched: number[];
}

/** Which documents a clause may still score: eligible ones (live, in the dates) that matched `expected` clauses. */
export interface Gate {
  eligible: Uint8Array;
  matched: Uint16Array;
  expected: number;
}

/** One alternative of one clause being scored, and where its matches go. */
interface ClauseRun {
  gate: Gate;
  stamp: Uint32Array;
  mark: number;
  matches: ClauseMatches;
  alternative: number;
}

const fieldCount = searchFields.length;
const k1 = 1.2;
const b = 0.75;

/** Empty per-document tables for one clause's matches. */
export function newMatches(count: number): ClauseMatches {
  return {
    score: new Float64Array(count),
    alternative: new Int32Array(count),
    bestField: new Uint8Array(count),
    bestFieldScore: new Float64Array(count),
    touched: [],
  };
}

/** Scores every alternative of a clause for the documents the gate lets through, keeping each one's best. */
export function scoreClause(
  view: IndexView,
  alternatives: Alternative[],
  allowed: number,
  gate: Gate,
  stamp: Uint32Array,
  mark: number,
  matches: ClauseMatches,
): void {
  const live = Math.max(1, view.docs.live);
  alternatives.forEach((alternative, index) => {
    const idf = alternative.terms.reduce((sum, term) => sum + inverseFrequency(view, term, live), 0);
    const run: ClauseRun = { gate, stamp, mark, matches, alternative: index };
    const scale = alternative.weight * idf;
    if (alternative.terms.length === 1) {
      for (const slice of slicesOf(view, alternative.terms[0] as string)) {
        scoreTerm(slice, view.docs, live, scale, allowed, run);
      }
    } else {
      scorePhrase(view, alternative.terms, allowed, run, scale);
    }
  });
}

/** Keeps a clause's best match per document: the first one, or a better one from another alternative. */
function record(run: ClauseRun, doc: number, score: number, field: number, fieldScore: number): void {
  const matches = run.matches;
  if (run.stamp[doc] !== run.mark) {
    run.stamp[doc] = run.mark;
    matches.touched.push(doc);
  } else if (score <= (matches.score[doc] as number)) return;
  matches.score[doc] = score;
  matches.alternative[doc] = run.alternative;
  matches.bestField[doc] = field;
  matches.bestFieldScore[doc] = fieldScore;
}

/** Scores each accepted document of one posting list by BM25 per allowed field; positions are skipped, not read. */
function scoreTerm(
  slice: PostingSlice,
  docs: DocTable,
  live: number,
  scale: number,
  allowed: number,
  run: ClauseRun,
): void {
  const { eligible, matched, expected } = run.gate;
  const bytes = slice.bytes;
  const reader = new ByteReader(bytes, slice.start);
  const lengths = docs.fieldLengths;
  const norms = lengthNorms(docs, live);
  let doc = 0;
  while (reader.offset < slice.end) {
    doc += reader.readVarint();
    const mask = bytes[reader.offset++] as number;
    const wanted = (mask & allowed) !== 0 && eligible[doc] === 1 && matched[doc] === expected;
    let sum = 0;
    let best = 0;
    let bestScore = -1;
    for (let rest = mask; rest !== 0; rest &= rest - 1) {
      const field = 31 - Math.clz32(rest & -rest);
      const frequency = reader.readVarint();
      const positionBytes = reader.readVarint();
      reader.offset += positionBytes;
      if (!wanted || (allowed & (1 << field)) === 0) continue;
      const length = lengths[doc * fieldCount + field] as number;
      const score = fieldScore(scale, field, frequency, norms[field] as number, length);
      sum += score;
      if (score > bestScore) {
        bestScore = score;
        best = field;
      }
    }
    if (bestScore >= 0) record(run, doc, sum, best, bestScore);
  }
}

function scorePhrase(view: IndexView, terms: string[], allowed: number, run: ClauseRun, scale: number): void {
  const termSlices = terms.map((term) => slicesOf(view, term));
  // A list's size in bytes tracks how often its term occurs, which is what reading its positions costs.
  const sizes = termSlices.map((slices) => slices.reduce((sum, slice) => sum + slice.end - slice.start, 0));
  const order = terms.map((_, index) => index).sort((x, y) => (sizes[x] as number) - (sizes[y] as number));
  const [anchor, ...rest] = order as [number, ...number[]];
  const counts = matchPhrase(termSlices, anchor, allowed, run.gate, rest);
  const norms = lengthNorms(view.docs, Math.max(1, view.docs.live));
  const lengths = view.docs.fieldLengths;
  // Keys ascend by document, so one document's fields come one after another.
  let current = -1;
  let sum = 0;
  let best = 0;
  let bestScore = -1;
  for (let index = 0; index < counts.count; index++) {
    const key = counts.keys[index] as number;
    const doc = key >> 3;
    const field = key & 7;
    if (doc !== current) {
      if (current >= 0) record(run, current, sum, best, bestScore);
      current = doc;
      sum = 0;
      bestScore = -1;
    }
    const frequency = counts.counts[index] as number;
    // With eight fields, the key doc * 8 + field is also the document's field-length slot.
    const score = fieldScore(scale, field, frequency, norms[field] as number, lengths[key] as number);
    sum += score;
    if (score > bestScore) {
      bestScore = score;
      best = field;
    }
  }
  if (current >= 0) record(run, current, sum, best, bestScore);
}

/** BM25 for `frequency` matches in one field of `length` words (`norm` from lengthNorms), times the field's weight. */
function fieldScore(scale: number, field: number, frequency: number, norm: number, length: number): number {
  return (scale * (fieldWeights[field] as number) * frequency * (k1 + 1)) / (frequency + k1 * (1 - b) + norm * length);
}

/** Per field, BM25's length factor k1 * b / average length. */
function lengthNorms(docs: DocTable, live: number): Float64Array {
  const norms = new Float64Array(fieldCount);
  for (let field = 0; field < fieldCount; field++) {
    norms[field] = (k1 * b) / Math.max(1, (docs.fieldTotals[field] as number) / live);
  }
  return norms;
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
