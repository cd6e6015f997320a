import { searchFields } from './search-fields.ts';

const fieldCount = searchFields.length;

/** The indexed documents by number: their ids, whether they are still live, field lengths and dates. */
export class DocTable {
  /** Review id per document number; null once the document was removed or replaced. */
  ids: (string | null)[] = [];
  readonly numbers = new Map<string, number>();
  /** Words per field, `fieldCount` per document. */
  fieldLengths = new Uint32Array(1024 * fieldCount);
  /** Publication day as YYYYMMDD, 0 when unknown. */
  dates = new Int32Array(1024);
  /** Sum of each field's length over live documents, for average lengths. */
  readonly fieldTotals = new Float64Array(fieldCount);
  removed = 0;

  /** How many document numbers are in use, live or not. */
  get count(): number {
    return this.ids.length;
  }

  /** How many documents are live. */
  get live(): number {
    return this.ids.length - this.removed;
  }

  /** Numbers a new document and records its field lengths and date. */
  append(id: string, lengths: ArrayLike<number>, date: number): number {
    const doc = this.ids.length;
    if (doc >= this.dates.length) this.grow(doc * 2);
    this.ids.push(id);
    this.numbers.set(id, doc);
    for (let field = 0; field < fieldCount; field++) {
      const length = lengths[field] ?? 0;
      this.fieldLengths[doc * fieldCount + field] = length;
      this.fieldTotals[field] = (this.fieldTotals[field] as number) + length;
    }
    this.dates[doc] = date;
    return doc;
  }

  /** Marks a document as gone; returns false when there was no such live document. */
  remove(id: string): boolean {
    const doc = this.numbers.get(id);
    if (doc === undefined) return false;
    this.numbers.delete(id);
    this.ids[doc] = null;
    this.removed++;
    for (let field = 0; field < fieldCount; field++) {
      this.fieldTotals[field] =
        (this.fieldTotals[field] as number) - (this.fieldLengths[doc * fieldCount + field] as number);
    }
    return true;
  }

  /** Drops removed documents, numbering the rest densely; returns old → new numbers (-1 for dropped ones). */
  compact(): Int32Array {
    const renumber = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    const lengths = new Uint32Array(Math.max(1024, this.live) * fieldCount);
    const dates = new Int32Array(Math.max(1024, this.live));
    this.ids.forEach((id, doc) => {
      if (id === null) return;
      const next = ids.length;
      renumber[doc] = next;
      ids.push(id);
      this.numbers.set(id, next);
      lengths.set(this.fieldLengths.subarray(doc * fieldCount, (doc + 1) * fieldCount), next * fieldCount);
      dates[next] = this.dates[doc] as number;
    });
    this.ids = ids;
    this.fieldLengths = lengths;
    this.dates = dates;
    this.removed = 0;
    return renumber;
  }

  /** Rebuilds a table of live documents from saved parts. */
  static restore(ids: string[], fieldLengths: Uint32Array, dates: Int32Array): DocTable {
    const table = new DocTable();
    table.grow(Math.max(1024, ids.length));
    ids.forEach((id, doc) => {
      table.append(id, fieldLengths.subarray(doc * fieldCount, (doc + 1) * fieldCount), dates[doc] as number);
    });
    return table;
  }

  /** Bytes held by the tables, with an estimate for the ids and the id map. */
  memoryBytes(): number {
    let bytes = this.fieldLengths.byteLength + this.dates.byteLength;
    for (const id of this.ids) bytes += id === null ? 8 : 8 + 80 + id.length * 2;
    return bytes;
  }

  private grow(capacity: number): void {
    const lengths = new Uint32Array(capacity * fieldCount);
    lengths.set(this.fieldLengths.subarray(0, Math.min(this.fieldLengths.length, lengths.length)));
    const dates = new Int32Array(capacity);
    dates.set(this.dates.subarray(0, Math.min(this.dates.length, capacity)));
    this.fieldLengths = lengths;
    this.dates = dates;
  }
}
