import path from 'node:path';

/** The index: schema version and the library's summary rows. */
export const indexFileName = 'offprint.json';
/** The reader's settings. */
export const settingsFileName = 'settings.json';
/** One file per review, `<id>.json`. */
export const reviewsFolderName = 'reviews';
/** One notes file per review, `<id>.json`, and the version before its last save, `<id>.json.prev`. */
export const notesFolderName = 'notes';
/** Deleted reviews, until undeleted. */
export const trashFolderName = 'trash';
/** The images saved with reviews, one subfolder per review id. */
export const assetsFolderName = 'assets';
/** What the reader has done with each review, in 256 small shards. */
export const reviewStatesFolderName = 'review-states';
/** Verified copies of the index. */
export const indexSnapshotsFolderName = 'backups';
/** Machine-local: files are written here before they are renamed into place. */
export const tempFolderName = '.tmp';
/** Machine-local: the single writer's lock. */
export const lockFileName = '.lock';
/** Machine-local: the short-lived lock taken to remove a stale `.lock`. */
export const lockTakeoverFileName = '.lock.takeover';
/** Machine-local: the search index, rebuilt from the reviews on demand. */
export const searchFolderName = 'search';

/** The folders a writable archive always has. */
export const archiveFolderNames = [
  reviewsFolderName,
  notesFolderName,
  trashFolderName,
  indexSnapshotsFolderName,
  tempFolderName,
];

/** `<dir>/offprint.json`. */
export function indexFile(dir: string): string {
  return path.join(dir, indexFileName);
}

/** `<dir>/settings.json`. */
export function settingsFile(dir: string): string {
  return path.join(dir, settingsFileName);
}

/** `<dir>/reviews`. */
export function reviewsFolder(dir: string): string {
  return path.join(dir, reviewsFolderName);
}

/** `<dir>/reviews/<id>.json`. */
export function reviewFile(dir: string, id: string): string {
  return path.join(dir, reviewsFolderName, `${id}.json`);
}

/** `<dir>/notes`. */
export function notesFolder(dir: string): string {
  return path.join(dir, notesFolderName);
}

/** `<dir>/notes/<id>.json`. */
export function notesFile(dir: string, id: string): string {
  return path.join(dir, notesFolderName, `${id}.json`);
}

/** The version of `file` before its last save, kept beside it. */
export function previousVersionOf(file: string): string {
  return `${file}.prev`;
}

/** `<dir>/trash`. */
export function trashFolder(dir: string): string {
  return path.join(dir, trashFolderName);
}

/** `<dir>/trash/<id>.json`. */
export function trashFile(dir: string, id: string): string {
  return path.join(dir, trashFolderName, `${id}.json`);
}

/** `<dir>/assets`. */
export function assetsFolder(dir: string): string {
  return path.join(dir, assetsFolderName);
}

/** `<dir>/assets/<id>`: the images of one review. */
export function reviewAssetsFolder(dir: string, id: string): string {
  return path.join(dir, assetsFolderName, id);
}

/** `<dir>/review-states`. */
export function reviewStatesFolder(dir: string): string {
  return path.join(dir, reviewStatesFolderName);
}

/** `<dir>/review-states/<shard>.json`. */
export function reviewStatesShardFile(dir: string, shard: string): string {
  return path.join(dir, reviewStatesFolderName, `${shard}.json`);
}

/** `<dir>/backups`. */
export function indexSnapshotsFolder(dir: string): string {
  return path.join(dir, indexSnapshotsFolderName);
}

/** `<dir>/backups/<name>`: one copy of the index. */
export function indexSnapshotFile(dir: string, name: string): string {
  return path.join(dir, indexSnapshotsFolderName, name);
}

/** `<dir>/.tmp`. */
export function tempFolder(dir: string): string {
  return path.join(dir, tempFolderName);
}

/** `<dir>/.lock`. */
export function lockFile(dir: string): string {
  return path.join(dir, lockFileName);
}

/** `<dir>/.lock.takeover`. */
export function lockTakeoverFile(dir: string): string {
  return path.join(dir, lockTakeoverFileName);
}

/** `<dir>/search`. */
export function searchFolder(dir: string): string {
  return path.join(dir, searchFolderName);
}
