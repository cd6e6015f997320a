import { open } from 'node:fs/promises';
import path from 'node:path';
import type { UploadedFile } from '../model/import-summary.ts';
import { OffprintError } from '../model/offprint-error.ts';
import type { FoundFile } from './import-folder.ts';
import { formatOfMediaType, formatOfName, unsupportedReason } from './import-kind.ts';
import type { FetchRemote, ImportSource } from './import-pipeline.ts';
import { fetchUrl } from './url-fetch.ts';

const maxSourceBytes = 20 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

function refuse(name: string, reason: string): OffprintError {
  return new OffprintError('invalid-input', `Cannot import "${name}": ${reason}`);
}

function tooLarge(name: string, bytes: number): OffprintError {
  return refuse(
    name,
    `it is ${megabytes(bytes)}, over the ${maxSourceBytes / (1024 * 1024)} MB limit (save only the article, or split the file).`,
  );
}

/** Reads a file found on disk, refusing it by its size before reading it whole. */
export async function readFoundFile(file: FoundFile): Promise<ImportSource> {
  const fileName = path.basename(file.path);
  const handle = await open(file.path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw refuse(fileName, error.code === 'ENOENT' ? 'it is gone.' : `it could not be read (${error.message}).`);
  });
  try {
    const { size } = await handle.stat();
    if (size > maxSourceBytes) throw tooLarge(fileName, size);
    const bytes = new Uint8Array(await handle.readFile());
    const source: ImportSource = { fileName, format: file.format, bytes };
    if (file.localFilesDir !== undefined) source.localFilesDir = file.localFilesDir;
    return source;
  } finally {
    await handle.close();
  }
}

/** An uploaded file (its bytes in base64) as a source; it has no `_files` folder to take images from. */
export function uploadedSource(file: UploadedFile): ImportSource {
  const fileName = path.basename(file.name);
  const format = formatOfName(fileName);
  if (!format) throw refuse(fileName, unsupportedReason(fileName));
  // Base64 holds 3 bytes in every 4 characters: the size is known before decoding.
  const size = Math.floor((file.dataBase64.length * 3) / 4);
  if (size > maxSourceBytes) throw tooLarge(fileName, size);
  return { fileName, format, bytes: new Uint8Array(Buffer.from(file.dataBase64, 'base64')) };
}

/** Fetches the page at a web address as a source (within `timeoutMs`, by default url-fetch's). */
export async function fetchedSource(url: string, options: { timeoutMs?: number } = {}): Promise<ImportSource> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw refuse(url, 'it is not a web address (give one that starts with https:// or http://).');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw refuse(url, 'only https:// and http:// addresses can be imported.');
  }
  const page = await fetchUrl(parsed.href, { ...options, accept: 'page', maxBytes: maxSourceBytes });
  const format = formatOfMediaType(page.mediaType) ?? 'html';
  const contentType = page.charset ? `${page.mediaType}; charset=${page.charset}` : page.mediaType;
  return { fileName: url, format, bytes: page.bytes, contentType, sourceUrl: page.finalUrl };
}

/** Fetches remote images for a page being imported; an image that cannot be had is dropped, not fatal. */
export const fetchRemoteImage: FetchRemote = async (url) => {
  try {
    const image = await fetchUrl(url, { accept: 'image' });
    return { bytes: image.bytes, mediaType: image.mediaType };
  } catch {
    return null;
  }
};
