import { ByteReader } from '../index/byte-writer.ts';
import type { PostingSlice } from '../index/posting-list.ts';
import type { Gate } from './clause-scoring.ts';

/** Where a phrase occurs: (document, field) pairs as keys doc * 8 + field, ascending, and how often in each. */
export interface PhraseCounts {
  count: number;
  keys: Int32Array;
  counts: Int32Array;
}

// Positions, document deltas and byte lengths stay below 2^31, so the hot loops decode varints with bit shifts.

/** Candidate phrase starts per (document, field) key: the starts of key i are starts[bounds[i]] up to bounds[i + 1]. */
interface Candidates {
  count: number;
  keys: Int32Array;
  bounds: Int32Array;
  starts: Int32Array;
}

/**
 * Finds the (document, field) pairs where `termSlices[i]`'s term stands at start + i for some start. It starts from
 * the rarest term (`anchor`) and checks the others in `checkOrder` (rarer first), walking each list alongside the
 * remaining candidates and stopping once it is past the last one.
 */
export function matchPhrase(
  termSlices: PostingSlice[][],
  anchor: number,
  allowedFields: number,
  gate: Gate,
  checkOrder: number[],
): PhraseCounts {
  let candidates = anchorCandidates(termSlices[anchor] ?? [], anchor, allowedFields, gate);
  for (const offset of checkOrder) {
    if (candidates.count === 0) break;
    candidates = keepFollowed(candidates, termSlices[offset] ?? [], offset);
  }
  const { count, keys, bounds } = candidates;
  const counts = new Int32Array(count);
  for (let index = 0; index < count; index++) counts[index] = (bounds[index + 1] as number) - (bounds[index] as number);
  return { count, keys, counts };
}

function anchorCandidates(slices: PostingSlice[], anchor: number, allowedFields: number, gate: Gate): Candidates {
  const { eligible, matched, expected } = gate;
  // A list holds at least one byte per position and three per (document, field), which bounds both counts.
  const bytes = slices.reduce((sum, slice) => sum + slice.end - slice.start, 0);
  const keyRoom = Math.ceil(bytes / 3) + 1;
  const candidates: Candidates = {
    count: 0,
    keys: new Int32Array(keyRoom),
    bounds: new Int32Array(keyRoom + 1),
    starts: new Int32Array(bytes),
  };
  const starts = candidates.starts;
  let startCount = 0;
  for (const slice of slices) {
    const reader = new ByteReader(slice.bytes, slice.start);
    const bytes = slice.bytes;
    let doc = 0;
    while (reader.offset < slice.end) {
      doc += reader.readVarint();
      const mask = bytes[reader.offset++] as number;
      const wanted = (mask & allowedFields) !== 0 && eligible[doc] === 1 && matched[doc] === expected;
      for (let field = 0; field < 8; field++) {
        if ((mask & (1 << field)) === 0) continue;
        reader.readVarint();
        const end = reader.readVarint() + reader.offset;
        if (wanted && (allowedFields & (1 << field)) !== 0) {
          let position = 0;
          let at = reader.offset;
          while (at < end) {
            let byte = bytes[at++] as number;
            let value = byte & 0x7f;
            for (let shift = 7; byte >= 0x80; shift += 7) {
              byte = bytes[at++] as number;
              value |= (byte & 0x7f) << shift;
            }
            position += value;
            starts[startCount++] = position - anchor;
          }
          candidates.keys[candidates.count++] = doc * 8 + field;
          candidates.bounds[candidates.count] = startCount;
        }
        reader.offset = end;
      }
    }
  }
  return candidates;
}

/** The candidates whose word at start + offset is this term, reading its lists alongside them. */
function keepFollowed(candidates: Candidates, slices: PostingSlice[], offset: number): Candidates {
  const { keys, bounds, starts, count } = candidates;
  const kept: Candidates = {
    count: 0,
    keys: new Int32Array(count),
    bounds: new Int32Array(count + 1),
    starts: new Int32Array(bounds[count] as number),
  };
  const keptStarts = kept.starts;
  let startCount = 0;
  const lastDoc = Math.floor((keys[count - 1] as number) / 8);
  let next = 0;
  for (const slice of slices) {
    const reader = new ByteReader(slice.bytes, slice.start);
    const bytes = slice.bytes;
    let doc = 0;
    while (reader.offset < slice.end && doc <= lastDoc) {
      doc += reader.readVarint();
      const mask = bytes[reader.offset++] as number;
      for (let field = 0; field < 8; field++) {
        if ((mask & (1 << field)) === 0) continue;
        reader.readVarint();
        const end = reader.readVarint() + reader.offset;
        const key = doc * 8 + field;
        while (next < count && (keys[next] as number) < key) next++;
        if (next < count && keys[next] === key) {
          const before = startCount;
          let position = -1;
          let sum = 0;
          let at = reader.offset;
          const last = bounds[next + 1] as number;
          for (let index = bounds[next] as number; index < last; index++) {
            const wanted = (starts[index] as number) + offset;
            while (position < wanted && at < end) {
              let byte = bytes[at++] as number;
              let value = byte & 0x7f;
              for (let shift = 7; byte >= 0x80; shift += 7) {
                byte = bytes[at++] as number;
                value |= (byte & 0x7f) << shift;
              }
              sum += value;
              position = sum;
            }
            if (position === wanted) keptStarts[startCount++] = starts[index] as number;
            else if (position < wanted) break;
          }
          if (startCount > before) {
            kept.keys[kept.count++] = key;
            kept.bounds[kept.count] = startCount;
          }
        }
        reader.offset = end;
      }
    }
  }
  return kept;
}
