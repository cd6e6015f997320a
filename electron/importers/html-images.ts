import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { messageOf } from '../common/messages.ts';
import { sniffImageType } from './html-image-type.ts';
import { assetScheme } from './html-to-markdown.ts';
import type { ImportedAsset } from './review-draft.ts';

/** Fetches a remote image; null when it could not be had. */
export type RemoteFetcher = (url: string) => Promise<{ bytes: Uint8Array; mediaType: string } | null>;

/** Where an article's images may come from. */
export interface ImageSources {
  /** The page's `_files` folder; images are read from the folder that holds it (the page's own folder). */
  localFilesDir?: string;
  fetchRemote?: RemoteFetcher;
}

/** The largest single image the importer keeps. */
export const maxImageBytes = 10 * 1024 * 1024;

const parallelLoads = 4;
const blockElements = new Set(['P', 'LI', 'TD', 'TH', 'DD', 'DT', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE']);

type Loaded = { asset: ImportedAsset } | { dropped: string };

/** Saves every image of the article as an asset, or drops it with a note; the article then points at the assets. */
export async function saveArticleImages(
  article: Element,
  sources: ImageSources,
): Promise<{ assets: ImportedAsset[]; dropped: string[] }> {
  const images = [...article.querySelectorAll('img')];
  const loads = new Map<string, Promise<Loaded>>();
  const results = await mapInBatches(images, parallelLoads, (image) => {
    const address = imageAddress(image);
    if (!address) return Promise.resolve<Loaded | undefined>(undefined);
    let load = loads.get(address);
    if (!load) {
      load = loadImage(address, sources);
      loads.set(address, load);
    }
    return load;
  });

  const assets = new Map<string, ImportedAsset>();
  const dropped = new Set<string>();
  images.forEach((image, index) => {
    const result = results[index];
    if (result && 'asset' in result) {
      assets.set(result.asset.name, result.asset);
      for (const attribute of [...image.attributes]) {
        if (attribute.name !== 'alt') image.removeAttribute(attribute.name);
      }
      image.setAttribute('src', `${assetScheme}${result.asset.name}`);
      return;
    }
    if (result) dropped.add(result.dropped);
    replaceWithAltText(image);
  });
  return { assets: [...assets.values()], dropped: [...dropped] };
}

function imageAddress(image: Element): string | undefined {
  const src = image.getAttribute('src')?.trim();
  if (src) return src;
  const firstCandidate = image.getAttribute('srcset')?.trim().split(/\s+/)[0];
  return firstCandidate || undefined;
}

async function loadImage(address: string, sources: ImageSources): Promise<Loaded> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { dropped: `Dropped the image "${shorten(address)}" (its address is not valid)` };
  }
  if (url.protocol === 'data:') return loadDataImage(address);
  if (url.protocol === 'file:') {
    const file = url.host === '' || url.host === 'localhost' ? fileURLToPath(url) : undefined;
    if (file) return loadLocalImage(file, address, sources);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    // file: addresses on another machine end here too.
    return { dropped: `Dropped the image "${shorten(address)}" (${url.protocol} addresses cannot be saved)` };
  }
  // Relative addresses in a saved file were resolved against Offprint's stand-in address: they are local files.
  if (url.hostname === 'offprint.invalid') {
    const relative = decodePath(url.pathname).replace(/^\/+/, '');
    return loadLocalImage(relative, relative, sources);
  }
  return loadRemoteImage(url.href, sources);
}

async function loadDataImage(address: string): Promise<Loaded> {
  const match = address.match(/^data:([^,]*?),(.*)$/s);
  const header = match?.[1]?.trim().toLowerCase() ?? '';
  const where = `the inline ${header.split(';')[0] || 'data:'} image`;
  if (!match || !header.startsWith('image/')) return { dropped: `Dropped ${where} (it is not an image)` };
  const data = match[2] ?? '';
  return accept(header.endsWith(';base64') ? Buffer.from(data, 'base64') : percentDecode(data), where);
}

async function loadLocalImage(target: string, shown: string, sources: ImageSources): Promise<Loaded> {
  const where = `the local image "${shorten(shown)}"`;
  if (!sources.localFilesDir) {
    return { dropped: `Dropped ${where} (import the page together with its _files folder to keep its images)` };
  }
  const pageFolder = path.dirname(path.resolve(sources.localFilesDir));
  const candidate = path.resolve(pageFolder, target);
  const outside = { dropped: `Dropped ${where} (it lies outside the page's folder)` };
  if (!isInside(candidate, pageFolder)) return outside;
  const real = await realpath(candidate).catch(() => undefined);
  const info = real ? await stat(real).catch(() => undefined) : undefined;
  if (!real || !info?.isFile()) return { dropped: `Dropped ${where} (it is not in the page's folder)` };
  // A symbolic link may point anywhere; only files really inside the page's folder are read.
  if (!isInside(real, await realpath(pageFolder))) return outside;
  if (info.size > maxImageBytes) return { dropped: tooLarge(where) };
  const bytes = await readFile(real).catch(() => undefined);
  if (!bytes) return { dropped: `Dropped ${where} (it could not be read)` };
  return accept(bytes, where);
}

async function loadRemoteImage(address: string, sources: ImageSources): Promise<Loaded> {
  const where = `the remote image ${shorten(address)}`;
  if (!sources.fetchRemote) {
    return {
      dropped: `Dropped ${where} (remote images are fetched only when importing from an address or with "fetch remote images" on)`,
    };
  }
  try {
    const fetched = await sources.fetchRemote(address);
    if (!fetched) return { dropped: `Dropped ${where} (it could not be fetched)` };
    return accept(fetched.bytes, where);
  } catch (error) {
    const reason = messageOf(error);
    return { dropped: `Dropped ${where} (${reason.replace(/\s+/g, ' ')})` };
  }
}

function accept(bytes: Uint8Array, where: string): Loaded {
  if (bytes.byteLength > maxImageBytes) return { dropped: tooLarge(where) };
  const type = sniffImageType(bytes);
  if (type === 'svg') return { dropped: `Dropped ${where} (SVG images can carry scripts, so they are not kept)` };
  if (!type) return { dropped: `Dropped ${where} (it is not a PNG, JPEG, GIF, WebP or AVIF image)` };
  const name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.${type.extension}`;
  return { asset: { name, mediaType: type.mediaType, bytes } };
}

function tooLarge(where: string): string {
  return `Dropped ${where} (it is larger than the 10 MB limit for one image)`;
}

/** An image that stood in a line of text leaves its alt text (a formula, a symbol); a picture on its own goes. */
function replaceWithAltText(image: Element): void {
  const alt = image.getAttribute('alt')?.replace(/\s+/g, ' ').trim();
  let block = image.parentElement;
  while (block && !blockElements.has(block.tagName)) block = block.parentElement;
  const surrounding = block ? (block.textContent ?? '').trim() : '';
  if (alt && surrounding.length > 0) image.replaceWith(image.ownerDocument.createTextNode(alt));
  else image.remove();
}

function isInside(child: string, folder: string): boolean {
  const relative = path.relative(folder, child);
  return relative.length > 0 && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

function percentDecode(data: string): Uint8Array {
  const encoder = new TextEncoder();
  const pieces = data
    .split(/(%[0-9a-f]{2})/i)
    .map((piece) =>
      /^%[0-9a-f]{2}$/i.test(piece) ? Uint8Array.of(Number.parseInt(piece.slice(1), 16)) : encoder.encode(piece),
    );
  return Buffer.concat(pieces);
}

function shorten(text: string, length = 160): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

async function mapInBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  }
  return results;
}
