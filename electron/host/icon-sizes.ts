import { OffprintError } from '../model/offprint-error.ts';

/** The square sizes of the Linux icons in build/icons/ (electron-builder makes .icns and .ico from build/icon.png). */
export const linuxIconSizes = [16, 32, 48, 64, 128, 256, 512] as const;

/** The size of build/icon.png, the master icon every platform's icon is made from. */
export const masterIconSize = 1024;

/** Where each icon is written, relative to the project root, with its size. */
export function iconFiles(): { file: string; size: number }[] {
  return [
    { file: 'build/icon.png', size: masterIconSize },
    ...linuxIconSizes.map((size) => ({ file: `build/icons/${size}x${size}.png`, size })),
  ];
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The width and height a PNG's header declares; `name` says which file is wrong when it is not a PNG. */
export function pngSize(bytes: Buffer, name: string): { width: number; height: number } {
  // Signature (8 bytes), then the IHDR chunk: length (4), type (4), width (4), height (4).
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(pngSignature) || bytes.toString('latin1', 12, 16) !== 'IHDR')
    throw new OffprintError('unsupported', `${name} is not a PNG image; run "npm run icons" to make it again.`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
