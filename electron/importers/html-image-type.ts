/** An image format Offprint stores, found from the bytes themselves. */
export interface ImageType {
  mediaType: string;
  extension: string;
}

/** Tells a stored image format from its magic number; 'svg' for SVG (never stored), undefined for anything else. */
export function sniffImageType(bytes: Uint8Array): ImageType | 'svg' | undefined {
  if (startsWith(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { mediaType: 'image/png', extension: 'png' };
  }
  if (startsWith(bytes, 0, [0xff, 0xd8, 0xff])) return { mediaType: 'image/jpeg', extension: 'jpg' };
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') {
    return { mediaType: 'image/gif', extension: 'gif' };
  }
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') {
    return { mediaType: 'image/webp', extension: 'webp' };
  }
  const brand = ascii(bytes, 4, 12);
  if (brand === 'ftypavif' || brand === 'ftypavis') return { mediaType: 'image/avif', extension: 'avif' };
  if (looksLikeSvg(bytes)) return 'svg';
  return undefined;
}

function startsWith(bytes: Uint8Array, offset: number, expected: number[]): boolean {
  return expected.every((byte, index) => bytes[offset + index] === byte);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '');
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head);
}
