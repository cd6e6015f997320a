import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { ImportedAsset } from '../importers/review-draft.ts';
import { OffprintError } from '../model/offprint-error.ts';
import { syncFolder, tempFolderName, writeFileDurably } from './durable-file.ts';
import { describeWriteError } from './write-errors.ts';

/** The folder of an archive that holds the images saved with reviews, one subfolder per review id. */
export const assetsFolderName = 'assets';

const assetName = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** Whether `name` may be stored as an asset file: letters, digits, `.`, `_`, `-`, not starting with a dot. */
export function isAssetName(name: string): boolean {
  return assetName.test(name) && !name.includes('..');
}

/** Writes a review's images durably into `<archive>/assets/<id>/`; on failure nothing of that folder is left. */
export async function writeAssets(archiveDir: string, id: string, assets: readonly ImportedAsset[]): Promise<void> {
  if (assets.length === 0) return;
  const bad = assets.find((asset) => !isAssetName(asset.name));
  if (bad) throw new OffprintError('invalid-input', `The image name "${bad.name}" cannot be stored; it was not saved.`);
  const root = path.join(archiveDir, assetsFolderName);
  const folder = path.join(root, id);
  const tempDir = path.join(archiveDir, tempFolderName);
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
  await rm(path.join(archiveDir, assetsFolderName, id), { recursive: true, force: true });
}
