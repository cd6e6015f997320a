import type { ReviewSummary } from '../model/review.ts';

/** What tells whether two reviews hold the same content or come from the same source. */
export type ReviewIdentity = Pick<ReviewSummary, 'id' | 'title' | 'series' | 'issue' | 'contentHash' | 'sourceUrl'>;

/** Whether `b` is the same source as `a`: the same address, or the same series, issue and title. */
export function isSameSource(a: Omit<ReviewIdentity, 'id'>, b: Omit<ReviewIdentity, 'id'>): boolean {
  if (a.sourceUrl !== undefined && a.sourceUrl === b.sourceUrl) return true;
  return a.series !== undefined && a.issue !== undefined && a.series === b.series && a.issue === b.issue
    ? a.title === b.title
    : false;
}

function sourceKeys(row: Omit<ReviewIdentity, 'id'>): string[] {
  const keys: string[] = [];
  if (row.sourceUrl !== undefined) keys.push(`url\u0000${row.sourceUrl}`);
  if (row.series !== undefined && row.issue !== undefined) {
    keys.push(`sit\u0000${row.series}\u0000${row.issue}\u0000${row.title}`);
  }
  return keys;
}

/**
 * Rows indexed by what a re-import looks for: the content hash, the source address, the series + issue + title.
 * A row written before the index kept hashes is found by its title, so the caller can read its file.
 */
export class RelatedRows<T extends ReviewIdentity> {
  readonly #rows: T[] = [];
  readonly #positions = new Map<string, number[]>();

  constructor(rows: Iterable<T> = []) {
    for (const row of rows) this.add(row);
  }

  /** Adds a row, as the newest. */
  add(row: T): void {
    const position = this.#rows.push(row) - 1;
    const keys =
      row.contentHash === undefined
        ? [`title\u0000${row.title}`, ...sourceKeys(row)]
        : [`hash\u0000${row.contentHash}`, ...sourceKeys(row)];
    for (const key of keys) {
      const list = this.#positions.get(key);
      if (list) list.push(position);
      else this.#positions.set(key, [position]);
    }
  }

  /** Rows with the same hash or source as `probe`, and hash-less rows with its title; oldest first. */
  find(probe: Omit<ReviewIdentity, 'id'> & { contentHash: string }): T[] {
    const keys = [`hash\u0000${probe.contentHash}`, `title\u0000${probe.title}`, ...sourceKeys(probe)];
    const positions = new Set(keys.flatMap((key) => this.#positions.get(key) ?? []));
    return [...positions].sort((a, b) => a - b).map((position) => this.#rows[position] as T);
  }
}
