import { ByteWriter } from './byte-writer.ts';
import { type PostingSlice, type TermOccurrence, writeEntry } from './posting-list.ts';

/** One term's postings for the documents added since the last merge. */
export interface DeltaList {
  writer: ByteWriter;
  lastDoc: number;
  documents: number;
}

/** The part of the index that takes new documents: a map from term to a growing posting list. */
export class DeltaSegment {
  readonly lists = new Map<string, DeltaList>();
  /** Bytes of postings written, for deciding when to merge. */
  postingBytes = 0;
  readonly #scratch = new ByteWriter(256);

  /** Appends one document's terms; `doc` must be higher than every document added before. */
  add(doc: number, occurrences: Map<string, TermOccurrence>): void {
    for (const [term, occurrence] of occurrences) {
      let list = this.lists.get(term);
      if (!list) {
        list = { writer: new ByteWriter(16), lastDoc: 0, documents: 0 };
        this.lists.set(term, list);
      }
      const before = list.writer.length;
      writeEntry(list.writer, this.#scratch, doc, list.lastDoc, occurrence);
      this.postingBytes += list.writer.length - before;
      list.lastDoc = doc;
      list.documents++;
    }
  }

  /** The posting list of a term, or null when no new document has it. */
  slice(term: string): PostingSlice | null {
    const list = this.lists.get(term);
    return list ? { bytes: list.writer.bytes, start: 0, end: list.writer.length } : null;
  }

  /** How many new documents have a term. */
  documents(term: string): number {
    return this.lists.get(term)?.documents ?? 0;
  }

  /** Bytes held by the lists, with an estimate for the map and the term strings. */
  memoryBytes(): number {
    let bytes = 0;
    for (const [term, list] of this.lists) bytes += list.writer.bytes.byteLength + 120 + term.length * 2;
    return bytes;
  }
}
