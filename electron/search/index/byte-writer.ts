/** A growing byte buffer that appends unsigned varints (7 bits a byte, low bits first) and raw bytes. */
export class ByteWriter {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity = 16) {
    this.bytes = new Uint8Array(Math.max(capacity, 4));
  }

  /** Appends a non-negative integer below 2^53 as a varint. */
  writeVarint(value: number): void {
    this.reserve(8);
    let rest = value;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.bytes[this.length++] = rest;
  }

  /** Appends one byte. */
  writeByte(value: number): void {
    this.reserve(1);
    this.bytes[this.length++] = value;
  }

  /** Appends a run of bytes. */
  writeBytes(source: Uint8Array, start = 0, end = source.length): void {
    this.reserve(end - start);
    this.bytes.set(source.subarray(start, end), this.length);
    this.length += end - start;
  }

  /** The bytes written so far, copied into an array of exactly that size. */
  toBytes(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }

  /** Forgets what was written, keeping the memory. */
  clear(): void {
    this.length = 0;
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let capacity = this.bytes.length * 2;
    while (capacity < this.length + extra) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}

/** Reads varints from a byte array, keeping its place. */
export class ByteReader {
  bytes: Uint8Array;
  offset: number;

  constructor(bytes: Uint8Array, offset = 0) {
    this.bytes = bytes;
    this.offset = offset;
  }

  /** The next varint; moves past it. */
  readVarint(): number {
    let byte = this.bytes[this.offset++] as number;
    if (byte < 0x80) return byte;
    let value = byte & 0x7f;
    let scale = 0x80;
    do {
      byte = this.bytes[this.offset++] as number;
      value += (byte & 0x7f) * scale;
      scale *= 0x80;
    } while (byte >= 0x80);
    return value;
  }
}
