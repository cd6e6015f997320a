/** A file the reader picked or dropped: its name, size and, from a folder, its path below that folder. */
export interface UploadCandidate {
  name: string;
  size: number;
  relativePath?: string;
}

/** How much one call may carry: per file, per call, and what a single request can hold at all. */
export interface UploadLimits {
  /** The archive's own limit on one file; the same number the importers enforce. */
  maxFileBytes: number;
  /** The most one file may have to travel in one request (base64 makes it a third larger on the wire). */
  maxSendBytes: number;
  maxBatchBytes: number;
  /** Files whose bytes travel, per call. */
  maxBatchFiles: number;
}

/** The files to send, call by call, and those refused before sending, each with its reason. */
export interface UploadPlan<T extends UploadCandidate> {
  batches: T[][];
  refused: { item: T; reason: string }[];
}

const megabyte = 1024 * 1024;

// The contract's limit on files per call; files that travel without their bytes are only names.
const maxCallFiles = 5000;

/** The extensions the importers read, as a file input's `accept` list. */
export const importableExtensions = '.md,.markdown,.txt,.html,.htm,.xhtml,.jsonld';

/** Limits for the Electron window, whose calls carry any size the contract allows. */
export const electronUploadLimits: UploadLimits = {
  maxFileBytes: 20 * megabyte,
  maxSendBytes: 20 * megabyte,
  maxBatchBytes: 8 * megabyte,
  maxBatchFiles: 50,
};

/** Limits for the browser host, whose requests stop at 16 MiB: 12 MB of file is 16 million base64 characters. */
export const browserUploadLimits: UploadLimits = {
  ...electronUploadLimits,
  maxSendBytes: 12_000_000,
};

/**
 * Whether a file's bytes travel: only files the importers read by their name do. The host names or counts
 * any other file (a `.pdf` picked alone fails, one inside a folder is counted as skipped) without reading it.
 */
export function carriesBytes(item: UploadCandidate): boolean {
  const extension = /\.[^./]+$/.exec(item.name)?.[0]?.toLowerCase() ?? '';
  return extension !== '' && importableExtensions.split(',').includes(extension);
}

/** Where a candidate sits: its path below the chosen folder, or just its name. */
export function pathOf(item: UploadCandidate): string {
  return item.relativePath || item.name;
}

/**
 * Splits files into calls of at most `maxBatchBytes` and `maxBatchFiles` files that carry bytes (a larger file
 * goes alone), keeping a saved page and its `<name>_files` folder in one call so the host knows them for what
 * they are, and the files that travel without bytes together at the end. Files over a limit are refused.
 */
export function planUploads<T extends UploadCandidate>(items: T[], limits: UploadLimits): UploadPlan<T> {
  const refused: UploadPlan<T>['refused'] = [];
  const sendable: T[] = [];
  for (const item of items) {
    const reason = carriesBytes(item) ? refusal(item, limits) : undefined;
    if (reason) refused.push({ item, reason });
    else sendable.push(item);
  }
  const units = groupPagesWithFiles(sendable);
  const ordered = [
    ...units.filter((unit) => unit.some(carriesBytes)),
    ...units.filter((unit) => !unit.some(carriesBytes)),
  ];
  const batches: T[][] = [];
  let batch: T[] = [];
  let bytes = 0;
  let carrying = 0;
  for (const unit of ordered) {
    const withBytes = unit.filter(carriesBytes);
    const unitBytes = withBytes.reduce((sum, item) => sum + item.size, 0);
    const fits =
      bytes + unitBytes <= limits.maxBatchBytes &&
      carrying + withBytes.length <= limits.maxBatchFiles &&
      batch.length + unit.length <= maxCallFiles;
    if (batch.length > 0 && !fits) {
      batches.push(batch);
      batch = [];
      bytes = 0;
      carrying = 0;
    }
    batch.push(...unit);
    bytes += unitBytes;
    carrying += withBytes.length;
  }
  if (batch.length > 0) batches.push(batch);
  return { batches, refused };
}

function refusal(item: UploadCandidate, limits: UploadLimits): string | undefined {
  if (item.size > limits.maxFileBytes) {
    const most = Math.round(limits.maxFileBytes / megabyte);
    return `it is larger than the ${most} MB limit (save only the article, or split the file).`;
  }
  if (item.size > limits.maxSendBytes) {
    const most = Math.round(limits.maxSendBytes / 1_000_000);
    return `a browser can send at most ${most} MB at once (import it with "offprint import" in a terminal).`;
  }
  return undefined;
}

/** Groups `page.html` with every file below `page_files/` beside it, in the order given; other files stand alone. */
function groupPagesWithFiles<T extends UploadCandidate>(items: T[]): T[][] {
  const pages = new Map<string, T[]>();
  for (const item of items) {
    const folder = filesFolderOf(pathOf(item));
    if (folder) pages.set(folder, [item]);
  }
  const units: T[][] = [];
  for (const item of items) {
    const path = pathOf(item);
    const page = pages.get(filesFolderOf(path) ?? '');
    if (page?.[0] === item) {
      units.push(page);
      continue;
    }
    const owner = foldersAbove(path)
      .map((folder) => pages.get(folder))
      .find((unit) => unit !== undefined);
    if (owner) owner.push(item);
    else units.push([item]);
  }
  return units;
}

/** The `page_files/` folder a saved page `page.html` keeps its images in; undefined for other files. */
function filesFolderOf(path: string): string | undefined {
  const stem = /^(.*)\.(?:html?|xhtml)$/i.exec(path)?.[1];
  return stem === undefined ? undefined : `${stem}_files/`;
}

/** Every folder a path lies below, as `a/`, `a/b/`, … */
function foldersAbove(path: string): string[] {
  const segments = path.split('/').slice(0, -1);
  return segments.map((_segment, index) => `${segments.slice(0, index + 1).join('/')}/`);
}
