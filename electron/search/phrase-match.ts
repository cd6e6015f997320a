import { ByteReader } from './byte-writer.ts';
import type { PostingSlice } from './posting-list.ts';
import { readPositions, visitPostings } from './posting-list.ts';

/** Where the terms of a phrase stand in a row: per document and field (key doc * 8 + field), how many times. */
export type PhraseCounts = Map<number, number>;

/**
 * Finds the (document, field) pairs where `termSlices[i]`'s term stands at start + i for some start, starting from
 * the rarest term (`anchor`) and checking the others in `checkOrder` (rarer first), so each list is read only
 * for the places still in question.
 */
export function matchPhrase(
  termSlices: PostingSlice[][],
  anchor: number,
  allowedFields: number,
  accept: (doc: number) => boolean,
  checkOrder: number[],
): PhraseCounts {
  let starts = new Map<number, number[]>();
  for (const slice of termSlices[anchor] ?? []) {
    visitPostings(slice, accept, (doc, field, _frequency, bytes, start, end) => {
      if ((allowedFields & (1 << field)) === 0) return;
      starts.set(
        doc * 8 + field,
        readPositions(bytes, start, end).map((position) => position - anchor),
      );
    });
  }
  for (const offset of checkOrder) {
    if (starts.size === 0) break;
    const docs = new Set<number>();
    for (const key of starts.keys()) docs.add(Math.floor(key / 8));
    const kept = new Map<number, number[]>();
    for (const slice of termSlices[offset] ?? []) {
      visitPostings(
        slice,
        (doc) => docs.has(doc),
        (doc, field, _frequency, bytes, start, end) => {
          const key = doc * 8 + field;
          const candidates = starts.get(key);
          if (!candidates) return;
          const remaining = keepFollowed(candidates, new ByteReader(bytes, start), end, offset);
          if (remaining.length > 0) kept.set(key, remaining);
        },
      );
    }
    starts = kept;
  }
  const counts: PhraseCounts = new Map();
  for (const [key, remaining] of starts) counts.set(key, remaining.length);
  return counts;
}

/** The starts whose word at start + offset is one of the positions `reader` decodes up to `end`. */
function keepFollowed(starts: number[], reader: ByteReader, end: number, offset: number): number[] {
  const kept: number[] = [];
  let position = -1;
  for (const start of starts) {
    const wanted = start + offset;
    while (position < wanted && reader.offset < end) position = (position < 0 ? 0 : position) + reader.readVarint();
    if (position === wanted) kept.push(start);
    if (position < wanted) break;
  }
  return kept;
}
