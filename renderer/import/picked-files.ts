/** A file to import and, when it came from a folder, its path below the folder that was picked or dropped. */
export interface PickedFile {
  file: File;
  relativePath?: string;
}

/** A file that was chosen but could not be read, with the line that says so. */
export interface UnreadableFile {
  name: string;
  reason: string;
}

/** What a pick or a drop yielded: the files to import and those that could not even be read. */
export interface PickedFiles {
  files: PickedFile[];
  unreadable: UnreadableFile[];
}

/** The files an `<input type="file">` holds, with their folder paths when a folder was chosen. */
export function filesFromInput(list: FileList | null): PickedFile[] {
  return [...(list ?? [])]
    .map((file) => ({ file, relativePath: file.webkitRelativePath || undefined }))
    .filter((picked) => !isHidden(picked.relativePath ?? picked.file.name));
}

/** Why a file the browser could not read failed, said as the importers say it. */
export function unreadableReason(error: unknown): string {
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `it could not be read${detail}; check that it is still there and readable.`;
}

/**
 * The files dropped on the window, folders walked to the bottom. The drop's items are taken before the first
 * await, since the browser empties them once the drop event is over.
 */
export async function collectDroppedFiles(transfer: DataTransfer): Promise<PickedFiles> {
  const dropped = [...transfer.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry() ?? item.getAsFile());
  const result: PickedFiles = { files: [], unreadable: [] };
  for (const entry of dropped) {
    if (entry instanceof File) result.files.push({ file: entry });
    else if (entry) await walkEntry(entry, result);
  }
  return result;
}

async function walkEntry(entry: FileSystemEntry, result: PickedFiles): Promise<void> {
  const path = entry.fullPath.replace(/^\/+/, '') || entry.name;
  if (isHidden(path)) return;
  try {
    if (isDirectory(entry)) {
      for (const child of await readAllEntries(entry)) await walkEntry(child, result);
    } else if (isFile(entry)) {
      const file = await new Promise<File>((resolve, reject) => entry.file(resolve, reject));
      result.files.push(path.includes('/') ? { file, relativePath: path } : { file });
    }
  } catch (error) {
    result.unreadable.push({ name: path, reason: unreadableReason(error) });
  }
}

/** A folder's entries; the reader hands them out a hundred or so at a time until it answers with none. */
async function readAllEntries(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const some = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (some.length === 0) return all;
    all.push(...some);
  }
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

/** Dot files and dot folders (`.DS_Store`, `.git/`) are the system's, not the reader's. */
function isHidden(path: string): boolean {
  return path.split('/').some((segment) => segment.startsWith('.'));
}
