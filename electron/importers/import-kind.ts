import path from 'node:path';

/** How a source is read: as Markdown, as text that may be a page-text copy, or as an HTML page. */
export type SourceFormat = 'markdown' | 'text' | 'html';

const formatsByExtension: Record<string, SourceFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
};

const supportedExtensions = Object.keys(formatsByExtension);

/** The format a file name's extension says it is in, or undefined when Offprint does not import such files. */
export function formatOfName(fileName: string): SourceFormat | undefined {
  const extension = path.extname(fileName).toLowerCase();
  return Object.hasOwn(formatsByExtension, extension) ? formatsByExtension[extension] : undefined;
}

/** The format a fetched resource's media type says it is in, or undefined for anything but pages and text. */
export function formatOfMediaType(mediaType: string): SourceFormat | undefined {
  const type = mediaType.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  if (type === 'text/plain') return 'text';
  return undefined;
}

/** Why a file with this name is not imported, e.g. `PDF files are not supported (supported: .html, …).` */
export function unsupportedReason(fileName: string): string {
  const extension = path.extname(fileName);
  const kind = extension ? `${extension.slice(1).toUpperCase()} files are` : 'files without an extension are';
  return `${kind} not supported (supported: ${supportedExtensions.join(', ')}).`;
}

const signatures: Array<[string, number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a zip archive (or a Word, EPUB or OpenDocument file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a zip archive', [0x50, 0x4b, 0x05, 0x06]],
  ['a gzip archive', [0x1f, 0x8b]],
];

/** What binary kind of file `bytes` are (`a PDF document`, …), or undefined when they may be text. */
export function binaryKindOf(bytes: Uint8Array): string | undefined {
  for (const [kind, signature] of signatures) {
    if (signature.every((byte, i) => bytes[i] === byte)) return kind;
  }
  return bytes.subarray(0, 8192).includes(0) ? 'a binary file (it contains NUL bytes)' : undefined;
}
