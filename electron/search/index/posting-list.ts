import { ByteReader, type ByteWriter } from './byte-writer.ts';

// One posting list holds, per document in increasing number order: the document number as a varint delta from the
// previous one (the first from 0), a byte with one bit per field the term occurs in, then per field in bit order:
// the term frequency, the byte length of the positions, and the positions as varint deltas (the first from 0).
// The byte length lets a query that needs no positions skip them (see scoreTerm and matchPhrase).

/** A run of bytes holding one posting list (or the part of one kept in one segment). */
export interface PostingSlice {
  bytes: Uint8Array;
  start: number;
  end: number;
}

/** Where a term occurs in one document: one bit per field, and per field its word positions. */
export interface TermOccurrence {
  mask: number;
  positions: number[][];
}

/** Appends one document's entry to a posting list whose last document was `previousDoc`. */
export function writeEntry(
  out: ByteWriter,
  scratch: ByteWriter,
  doc: number,
  previousDoc: number,
  occurrence: TermOccurrence,
): void {
  out.writeVarint(doc - previousDoc);
  out.writeByte(occurrence.mask);
  for (let field = 0; field < 8; field++) {
    if ((occurrence.mask & (1 << field)) === 0) continue;
    const positions = occurrence.positions[field] as number[];
    scratch.clear();
    let previous = 0;
    for (const position of positions) {
      scratch.writeVarint(position - previous);
      previous = position;
    }
    out.writeVarint(positions.length);
    out.writeVarint(scratch.length);
    out.writeBytes(scratch.bytes, 0, scratch.length);
  }
}

/** What copying a posting list has written so far: the last document and how many documents. */
export interface CopyState {
  lastDoc: number;
  documents: number;
}

/**
 * Appends a slice's entries to `out`, renumbering documents through `renumber` (-1 drops one); without `renumber`
 * the numbers stay. Entries must come in increasing document order across calls.
 */
export function copyPostings(
  out: ByteWriter,
  slice: PostingSlice,
  state: CopyState,
  renumber: Int32Array | null,
): void {
  const reader = new ByteReader(slice.bytes, slice.start);
  let doc = 0;
  while (reader.offset < slice.end) {
    doc += reader.readVarint();
    const entryStart = reader.offset;
    const mask = slice.bytes[reader.offset++] as number;
    for (let field = 0; field < 8; field++) {
      if ((mask & (1 << field)) === 0) continue;
      reader.readVarint();
      const length = reader.readVarint();
      reader.offset += length;
    }
    const target = renumber === null ? doc : (renumber[doc] ?? -1);
    if (target < 0) continue;
    out.writeVarint(target - state.lastDoc);
    out.writeBytes(slice.bytes, entryStart, reader.offset);
    state.lastDoc = target;
    state.documents++;
  }
}
