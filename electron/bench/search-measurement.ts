import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateReviews } from '../fake-data/fake-review.ts';
import { createRandom } from '../fake-data/seeded-random.ts';
import { documentOf, type SearchDocument } from '../search/index/search-document.ts';
import { scanDocuments } from '../search/query/brute-force-scan.ts';
import { SearchIndex } from '../search/search-index.ts';
import { summarizeTimings, type Timings } from './measure.ts';
import { type BenchQuery, makeQueries } from './search-queries.ts';

/** What the search benchmark found at one size. */
export interface SearchResultAtSize {
  size: number;
  /** Characters of text the index covers (every field of every document). */
  textChars: number;
  buildMs: number;
  /** Adding one document, measured on the last tenth of the build. */
  add: Timings;
  saveMs: number;
  savedBytes: number;
  largestFileBytes: number;
  /** Loading the saved index, as a launch does: until the first query can be answered. */
  loadMs: number;
  firstQueryMs: number;
  /** The index's own structures, in bytes, beside the UTF-16 size of the text (2 bytes a character). */
  memoryBytes: number;
  query: Timings;
  queryByKind: Record<BenchQuery['kind'], Timings>;
  scan: Timings;
  /** The index on the scanned queries alone (whole words and phrases: the scan has no prefixes or typos). */
  sameQueries: Timings;
  /** The scan's p95 over the index's p95 on the same queries. */
  speedup: number;
}

const seed = 20021130;
const queriesPerKind = 40;
const scannedQueries = 20;

/** Generates `size` documents, builds, saves and loads their index under `root`, and times queries against a scan. */
export async function measureSearch(
  root: string,
  size: number,
  log: (line: string) => void,
): Promise<SearchResultAtSize> {
  const docs: SearchDocument[] = [];
  for (const { review, notes } of generateReviews(seed, size)) docs.push(documentOf(review, notes));
  const textChars = docs.reduce((sum, doc) => sum + textLength(doc), 0);

  log(`search, ${size} reviews: building the index…`);
  const index = SearchIndex.create();
  const adds: number[] = [];
  const buildStart = performance.now();
  const timedFrom = Math.floor(docs.length * 0.9);
  docs.forEach((doc, i) => {
    const start = performance.now();
    index.add(doc);
    if (i >= timedFrom) adds.push(performance.now() - start);
  });
  const buildMs = performance.now() - buildStart;

  const dir = await mkdtemp(path.join(root, `search-${size}-`));
  try {
    log(`search, ${size} reviews: saving and loading the index…`);
    const saveStart = performance.now();
    await index.save(dir);
    const saveMs = performance.now() - saveStart;
    const files = await filesIn(dir);
    const loadStart = performance.now();
    const loaded = await SearchIndex.load(dir);
    if (!loaded) throw new Error('The saved search index could not be found again.');
    const loadMs = performance.now() - loadStart;
    const queries = makeQueries(docs, createRandom(seed + size), queriesPerKind);
    const firstStart = performance.now();
    loaded.search(queries[0]?.text ?? 'review', { limit: 20 });
    const firstQueryMs = performance.now() - firstStart;

    log(`search, ${size} reviews: ${queries.length} queries on the index, ${scannedQueries} on a scan…`);
    const byKind = new Map<BenchQuery['kind'], number[]>();
    const all: number[] = [];
    for (const query of queries) {
      const start = performance.now();
      loaded.search(query.text, { limit: 20 });
      const ms = performance.now() - start;
      all.push(ms);
      byKind.set(query.kind, [...(byKind.get(query.kind) ?? []), ms]);
    }
    const scanned = queries
      .filter((query) => query.kind === 'words' || query.kind === 'phrase')
      .slice(0, scannedQueries);
    scanDocuments(docs, 'warm');
    const scans = scanned.map((query) => {
      const start = performance.now();
      scanDocuments(docs, query.text);
      return performance.now() - start;
    });
    const same = scanned.map((scannedQuery) => {
      const start = performance.now();
      loaded.search(scannedQuery.text, { limit: 20 });
      return performance.now() - start;
    });
    const query = summarizeTimings(all);
    const scan = summarizeTimings(scans);
    const sameQueries = summarizeTimings(same);
    return {
      size,
      textChars,
      buildMs,
      add: summarizeTimings(adds),
      saveMs,
      savedBytes: files.reduce((sum, file) => sum + file, 0),
      largestFileBytes: Math.max(0, ...files),
      loadMs,
      firstQueryMs,
      memoryBytes: loaded.memoryBytes(),
      query,
      queryByKind: Object.fromEntries([...byKind].map(([kind, times]) => [kind, summarizeTimings(times)])) as Record<
        BenchQuery['kind'],
        Timings
      >,
      scan,
      sameQueries,
      speedup: scan.p95 / sameQueries.p95,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function textLength(doc: SearchDocument): number {
  const parts = [doc.title, doc.series ?? '', doc.issue ?? '', doc.body, ...doc.authors, ...doc.tags];
  return [...parts, ...doc.references, ...doc.outlets, ...doc.notes].reduce((sum, part) => sum + part.length, 0);
}

async function filesIn(dir: string): Promise<number[]> {
  const sizes: number[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) sizes.push((await stat(path.join(entry.parentPath, entry.name))).size);
  }
  return sizes;
}
