// Why a hand-written index: MiniSearch held ~3.4× the text in heap and its 466 MB JSON took 27 s to load;
// FlexSearch had no prefix in its fast mode and 22 s loads; SQLite cannot be installed here. This index keeps
// everything in a handful of typed arrays and plain strings:
// - a main segment: a sorted array of unique folded terms (binary search; a prefix is a range) and per term one
//   posting list of varints (document delta, field bits, per field the frequency and word positions) packed into
//   blocks of at most 128 MB, which are also the files it is saved in, so no persisted string comes near V8's limit
//   and loading is reading a few files and one split of the dictionary;
// - a delta segment taking new documents (a map from term to a growing list), searched together with the main one
//   and merged into it on save or once it is as large as the main one (so merging stays amortised linear; the add
//   that triggers it takes a merge's time, about a second at 50,000 reviews, and does so a few times per rebuild);
// - a document table: ids, field lengths for BM25, dates. Removal is a tombstone; documents are renumbered and
//   their postings dropped on save or once a fifth of them are dead.
// Positions serve phrases; frequencies and field lengths serve BM25 per field, weighted (title and names over
// body). Typos are matched by scanning one first-letter range of the dictionary, only when a word finds nothing.
import { Sequencer } from '../common/sequencer.ts';
import { DeltaSegment } from './index/delta-segment.ts';
import { DocTable } from './index/doc-table.ts';
import { loadIndexFiles, saveIndexFiles } from './index/index-files.ts';
import { MainSegment } from './index/main-segment.ts';
import { plainText } from './index/markdown-plain.ts';
import type { TermOccurrence } from './index/posting-list.ts';
import type { SearchDocument } from './index/search-document.ts';
import { fieldNumber, type SearchField, searchFields } from './index/search-fields.ts';
import { defaultBlockBytes, mergeSegments } from './index/segment-merge.ts';
import { tokenize } from './index/text-tokens.ts';
import { runQuery } from './query/query-runner.ts';
import type { RankedResult } from './query/ranked-hit.ts';
import { dateNumber, parseQuery } from './query/search-query.ts';

/** The delta segment is merged once it holds this many bytes of postings and as many as the main segment. */
const minimumMergeBytes = 64 * 1024 * 1024;
/** Removed documents are dropped from the postings once they are this share of all numbered ones. */
const deadShareForCompaction = 0.2;
/** Extra position step between the values of a many-valued field, so a phrase cannot span two authors. */
const valueGap = 2;

/** A full-text index of reviews: add, replace, remove, search, save and load. */
export class SearchIndex {
  #main: MainSegment;
  #delta = new DeltaSegment();
  #docs: DocTable;
  readonly #blockBytes: number;
  /** Saves run one after another: each deletes the files of other generations once its manifest is written. */
  readonly #saves = new Sequencer();

  private constructor(main: MainSegment, docs: DocTable, blockBytes: number) {
    this.#main = main;
    this.#docs = docs;
    this.#blockBytes = blockBytes;
  }

  /** An empty index; `blockBytes` caps the size of one postings block and file (tests make it small). */
  static create(options: { blockBytes?: number } = {}): SearchIndex {
    return new SearchIndex(MainSegment.empty(), new DocTable(), options.blockBytes ?? defaultBlockBytes);
  }

  /** Reads an index saved in `dir`; null when there is none; throws OffprintError when damaged or of another version. */
  static async load(dir: string, options: { blockBytes?: number } = {}): Promise<SearchIndex | null> {
    const saved = await loadIndexFiles(dir);
    return saved && new SearchIndex(saved.main, saved.docs, options.blockBytes ?? defaultBlockBytes);
  }

  /** Adds a document, replacing one with the same id. */
  add(doc: SearchDocument): void {
    this.remove(doc.id);
    const occurrences = new Map<string, TermOccurrence>();
    const lengths = new Uint32Array(searchFields.length);
    for (const [field, values] of fieldValues(doc)) {
      const number = fieldNumber(field);
      let position = 0;
      for (const value of values) {
        for (const token of tokenize(value)) {
          let occurrence = occurrences.get(token.term);
          if (!occurrence) {
            occurrence = { mask: 0, positions: [] };
            occurrences.set(token.term, occurrence);
          }
          occurrence.mask |= 1 << number;
          const positions = occurrence.positions[number] ?? [];
          occurrence.positions[number] = positions;
          positions.push(position++);
        }
        position += valueGap;
      }
      lengths[number] = Math.max(0, position - valueGap * values.length);
    }
    const number = this.#docs.append(doc.id, lengths, dateNumber(doc.publishedAt ?? '') ?? 0);
    this.#delta.add(number, occurrences);
    if (this.#delta.postingBytes > Math.max(minimumMergeBytes, this.#mainBytes())) this.#merge(false);
  }

  /** Removes a document; nothing happens when there is none with that id. */
  remove(id: string): void {
    if (!this.#docs.remove(id)) return;
    if (this.#docs.removed > 100 && this.#docs.removed > this.#docs.count * deadShareForCompaction) this.#merge(true);
  }

  /** Whether a document with this id is indexed. */
  has(id: string): boolean {
    return this.#docs.numbers.has(id);
  }

  /** How many documents are indexed. */
  get size(): number {
    return this.#docs.live;
  }

  /** Ranked matches of a query (see parseQuery for the language); `limit` defaults to 20. */
  search(query: string, options: { limit?: number; offset?: number } = {}): RankedResult {
    const view = { main: this.#main, delta: this.#delta, docs: this.#docs };
    return runQuery(view, parseQuery(query), options.limit ?? 20, options.offset ?? 0);
  }

  /** Saves the index in `dir` durably, in several files none larger than a block; merges and compacts first. */
  save(dir: string): Promise<void> {
    return this.#saves.queue(() => {
      if (this.#delta.lists.size > 0 || this.#docs.removed > 0) this.#merge(this.#docs.removed > 0);
      return saveIndexFiles(dir, { main: this.#main, docs: this.#docs });
    });
  }

  /** Bytes held by the index's own structures (approximate). */
  memoryBytes(): number {
    return this.#main.memoryBytes() + this.#delta.memoryBytes() + this.#docs.memoryBytes();
  }

  #merge(compact: boolean): void {
    const renumber = compact ? this.#docs.compact() : null;
    this.#main = mergeSegments(this.#main, this.#delta, renumber, this.#blockBytes);
    this.#delta = new DeltaSegment();
  }

  #mainBytes(): number {
    return this.#main.blocks.reduce((sum, block) => sum + block.byteLength, 0);
  }
}

function fieldValues(doc: SearchDocument): [SearchField, string[]][] {
  const series = [doc.series, doc.issue].filter((value): value is string => typeof value === 'string');
  return [
    ['title', [doc.title]],
    ['author', doc.authors],
    ['series', series],
    ['tag', doc.tags],
    ['outlet', doc.outlets],
    ['references', doc.references],
    ['body', [plainText(doc.body)]],
    ['notes', doc.notes],
  ];
}
