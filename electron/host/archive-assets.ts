import path from 'node:path';
import { assetsFolderName } from '../archive/archive-layout.ts';
import { isAssetName } from '../archive/asset-store.ts';
import { decodePathname, readFileInside, type ServedFile, servedFileHeaders } from './file-inside.ts';

const imageTypes: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.bmp': 'image/bmp',
  '.ico': 'image/x-icon',
};

const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** The policy an archive image is served with: opened on its own, it runs nothing and loads nothing. */
const assetContentSecurityPolicy = "default-src 'none'; sandbox";

/** The Content-Type of a saved image by its name, or undefined for anything that is not an image. */
export function assetContentType(name: string): string | undefined {
  const extension = path.extname(name).toLowerCase();
  return Object.hasOwn(imageTypes, extension) ? imageTypes[extension] : undefined;
}

/**
 * The file a URL pathname `/assets/<id>/<name>` names inside `<archiveDir>/assets/`, or null when the pathname is
 * anything else: malformed, another shape, a name that climbs out of the folder, or not an image. No disk access.
 */
export function resolveAssetFile(archiveDir: string, urlPathname: string): string | null {
  const decoded = decodePathname(urlPathname);
  if (decoded === null) return null;
  const parts = decoded.split('/');
  if (parts.length !== 4 || parts[0] !== '' || parts[1] !== assetsFolderName) return null;
  const [id, name] = [parts[2] ?? '', parts[3] ?? ''];
  if (!idPattern.test(id) || !isAssetName(name) || assetContentType(name) === undefined) return null;
  return path.join(path.resolve(archiveDir), assetsFolderName, id, name);
}

/** Reads the image a `/assets/<id>/<name>` pathname names, or null (answer 404); a link out of the folder is none. */
export async function readAssetFile(archiveDir: string, urlPathname: string): Promise<ServedFile | null> {
  const file = resolveAssetFile(archiveDir, urlPathname);
  if (!file) return null;
  const body = await readFileInside(path.join(archiveDir, assetsFolderName), file);
  return body ? { body, headers: servedFileHeaders(assetContentType(file), assetContentSecurityPolicy) } : null;
}
