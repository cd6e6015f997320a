import { OffprintError } from '../model/offprint-error.ts';

/** The largest saved page the HTML importer reads. */
export const maxPageBytes = 20 * 1024 * 1024;

const supported = '(supported: .html, .htm, .md, .txt)';
const signatures: Array<{ bytes: number[]; kind: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'a PDF file' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'a ZIP archive' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], kind: 'a ZIP archive' },
  { bytes: [0x1f, 0x8b], kind: 'a gzip archive' },
];

/** Refuses bytes that cannot be a web page: empty, too large, or another kind of file under an .html name. */
export function checkHtmlBytes(bytes: Uint8Array, fileName: string): void {
  const label = `Cannot import "${fileName}"`;
  if (bytes.byteLength > maxPageBytes) {
    throw new OffprintError(
      'invalid-input',
      `${label}: it is larger than the 20 MB limit (save the article page alone and import that)`,
    );
  }
  const kind = sniffBinaryKind(bytes);
  if (kind) throw new OffprintError('invalid-input', `${label}: it is ${kind}, not a web page ${supported}`);
  if (isBlank(bytes))
    throw new OffprintError('invalid-input', `${label}: it is empty (save the page again and import the new file)`);
}

function sniffBinaryKind(bytes: Uint8Array): string | undefined {
  const found = signatures.find((signature) => signature.bytes.every((byte, index) => bytes[index] === byte));
  if (found) return found.kind;
  const hasBom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  // UTF-16 text is full of NUL bytes; anything else with NULs near the start is not text.
  if (!hasBom && bytes.subarray(0, 1024).includes(0)) return 'a binary file';
  return undefined;
}

function isBlank(bytes: Uint8Array): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return bytes.subarray(start).every((byte) => byte === 0x20 || (byte >= 0x09 && byte <= 0x0d));
}
