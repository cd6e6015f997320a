import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { OffprintError } from '../model/offprint-error.ts';
import { assetsFolder, reviewAssetsFolder, tempFolder } from './archive-layout.ts';
import { describeWriteError, syncFolder, writeFileDurably } from './durable-file.ts';

/** An image saved with a review, by its file name. */
export interface StoredAsset {
  name: string;
  bytes: Uint8Array;
}

const assetName = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** Whether `name` may be stored as an asset file: letters, digits, `.`, `_`, `-`, not starting with a dot. */
export function isAssetName(name: string): boolean {
  return assetName.test(name) && !name.includes('..');
}

/** Writes a review's images durably into `<archive>/assets/<id>/`; on failure nothing of that folder is left. */
export async function writeAssets(archiveDir: string, id: string, assets: readonly StoredAsset[]): Promise<void> {
  if (assets.length === 0) return;
  const bad = assets.find((asset) => !isAssetName(asset.name));
  if (bad) throw new OffprintError('invalid-input', `The image name "${bad.name}" cannot be stored; it was not saved.`);
  const root = assetsFolder(archiveDir);
  const folder = reviewAssetsFolder(archiveDir, id);
  const tempDir = tempFolder(archiveDir);
  try {
    await mkdir(folder, { recursive: true });
    for (const asset of assets) await writeFileDurably(path.join(folder, asset.name), asset.bytes, { tempDir });
    await syncFolder(root);
    await syncFolder(archiveDir);
  } catch (error) {
    // Cleaning up must not hide why the write failed.
    await removeAssets(archiveDir, id).catch(() => undefined);
    throw describeWriteError(error, folder);
  }
}

/** Removes a review's image folder, if it has one. */
export async function removeAssets(archiveDir: string, id: string): Promise<void> {
  await rm(reviewAssetsFolder(archiveDir, id), { recursive: true, force: true });
}
