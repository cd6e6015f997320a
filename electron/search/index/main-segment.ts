import type { PostingSlice } from './posting-list.ts';

/** The merged, read-only part of the index: a sorted term dictionary and posting lists packed in a few blocks. */
export class MainSegment {
  readonly terms: string[];
  readonly blocks: Uint8Array[];
  /** Per term: which block its posting list is in, where it starts and ends, and how many documents it has. */
  readonly termBlock: Uint16Array;
  readonly termStart: Uint32Array;
  readonly termEnd: Uint32Array;
  readonly termDocs: Uint32Array;

  constructor(parts: {
    terms: string[];
    blocks: Uint8Array[];
    termBlock: Uint16Array;
    termStart: Uint32Array;
    termEnd: Uint32Array;
    termDocs: Uint32Array;
  }) {
    this.terms = parts.terms;
    this.blocks = parts.blocks;
    this.termBlock = parts.termBlock;
    this.termStart = parts.termStart;
    this.termEnd = parts.termEnd;
    this.termDocs = parts.termDocs;
  }

  /** A segment with no terms. */
  static empty(): MainSegment {
    const none = new Uint32Array(0);
    return new MainSegment({
      terms: [],
      blocks: [],
      termBlock: new Uint16Array(0),
      termStart: none,
      termEnd: none,
      termDocs: none,
    });
  }

  /** The number of a term in the dictionary, or -1. */
  find(term: string): number {
    const index = this.lowerBound(term);
    return this.terms[index] === term ? index : -1;
  }

  /** The numbers of the terms that start with `prefix`: from `first` up to, not including, `end`. */
  prefixRange(prefix: string): { first: number; end: number } {
    const first = this.lowerBound(prefix);
    let end = first;
    while (end < this.terms.length && (this.terms[end] as string).startsWith(prefix)) end++;
    return { first, end };
  }

  /** The posting list of term number `index`. */
  slice(index: number): PostingSlice {
    return {
      bytes: this.blocks[this.termBlock[index] as number] as Uint8Array,
      start: this.termStart[index] as number,
      end: this.termEnd[index] as number,
    };
  }

  /** Bytes held: postings, per-term tables and an estimate for the term strings. */
  memoryBytes(): number {
    let bytes = this.termBlock.byteLength + this.termStart.byteLength * 3;
    for (const block of this.blocks) bytes += block.byteLength;
    for (const term of this.terms) bytes += 16 + term.length * 2;
    return bytes + this.terms.length * 8;
  }

  private lowerBound(term: string): number {
    let low = 0;
    let high = this.terms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.terms[middle] as string) < term) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
