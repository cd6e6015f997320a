import { ByteWriter } from './byte-writer.ts';
import type { DeltaSegment } from './delta-segment.ts';
import { MainSegment } from './main-segment.ts';
import { type CopyState, copyPostings } from './posting-list.ts';

/** The largest block of postings kept in memory and written as one file. */
export const defaultBlockBytes = 128 * 1024 * 1024;

/**
 * Merges the delta segment into the main one: a new sorted dictionary and packed postings. `renumber` maps old
 * document numbers to new ones (-1 for removed documents), or is null when the numbers stay; terms left with no
 * document are dropped.
 */
export function mergeSegments(
  main: MainSegment,
  delta: DeltaSegment,
  renumber: Int32Array | null,
  blockBytes = defaultBlockBytes,
): MainSegment {
  const terms = mergedTerms(main.terms, delta);
  const kept: string[] = [];
  const termBlock = new Uint16Array(terms.length);
  const termStart = new Uint32Array(terms.length);
  const termEnd = new Uint32Array(terms.length);
  const termDocs = new Uint32Array(terms.length);
  const blocks: Uint8Array[] = [];
  const estimate = Math.min(blockBytes, totalBytes(main) + delta.postingBytes + 1024);
  let out = new ByteWriter(estimate);
  const list = new ByteWriter(1024);
  let mainIndex = 0;
  for (const term of terms) {
    list.clear();
    const state: CopyState = { lastDoc: 0, documents: 0 };
    if (main.terms[mainIndex] === term) copyPostings(list, main.slice(mainIndex++), state, renumber);
    const newer = delta.slice(term);
    if (newer) copyPostings(list, newer, state, renumber);
    if (state.documents === 0) continue;
    if (out.length > 0 && out.length + list.length > blockBytes) {
      blocks.push(out.toBytes());
      out = new ByteWriter(estimate);
    }
    const index = kept.length;
    kept.push(term);
    termBlock[index] = blocks.length;
    termStart[index] = out.length;
    out.writeBytes(list.bytes, 0, list.length);
    termEnd[index] = out.length;
    termDocs[index] = state.documents;
  }
  if (out.length > 0) blocks.push(out.toBytes());
  const count = kept.length;
  return new MainSegment({
    terms: kept,
    blocks,
    termBlock: termBlock.slice(0, count),
    termStart: termStart.slice(0, count),
    termEnd: termEnd.slice(0, count),
    termDocs: termDocs.slice(0, count),
  });
}

function mergedTerms(mainTerms: string[], delta: DeltaSegment): string[] {
  const added: string[] = [];
  for (const term of delta.lists.keys()) added.push(term);
  added.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const merged: string[] = [];
  let left = 0;
  let right = 0;
  while (left < mainTerms.length || right < added.length) {
    const a = mainTerms[left];
    const b = added[right];
    if (b === undefined || (a !== undefined && a < b)) {
      merged.push(a as string);
      left++;
    } else if (a === undefined || b < a) {
      merged.push(b);
      right++;
    } else {
      merged.push(a);
      left++;
      right++;
    }
  }
  return merged;
}

function totalBytes(main: MainSegment): number {
  let bytes = 0;
  for (const block of main.blocks) bytes += block.byteLength;
  return bytes;
}
