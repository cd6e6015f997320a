import path from 'node:path';
import type { UploadedFile } from '../model/import-summary.ts';
import { formatOfName, unsupportedReason } from './import-kind.ts';
import { SkippedFiles } from './skipped-files.ts';

/** The uploaded files to import, each with the name the summary gives it, and what was left out and why. */
export interface SortedUploads {
  uploads: Array<{ name: string; file: UploadedFile }>;
  /** Web Annotation files (`.jsonld`, as Offprint exports notes and highlights), to restore rather than import. */
  annotations: Array<{ name: string; file: UploadedFile }>;
  failed: Array<{ name: string; reason: string }>;
  notices: string[];
}

/**
 * Sorts uploaded (picked or dropped) files like a folder walk: hidden ones are left out; a file that came inside a
 * dropped folder and is not a review is only counted; a file picked on its own that is not one fails. The images
 * of an uploaded page's `_files` folder cannot be matched to the page, so they are left out with one notice.
 */
export function sortUploads(files: readonly UploadedFile[]): SortedUploads {
  const sorted: SortedUploads = { uploads: [], annotations: [], failed: [], notices: [] };
  const skipped = new SkippedFiles();
  const paths = files.map((file) => (file.relativePath || file.name).replace(/\\/g, '/'));
  const pages = new Set(paths.filter((name) => formatOfName(name) === 'html').map(withoutExtension));
  let pageImages = 0;
  files.forEach((file, i) => {
    const name = paths[i] ?? file.name;
    const parts = name.split('/').filter((part) => part.length > 0);
    if (parts.some((part) => part.startsWith('.'))) return;
    if (isInPageFolder(parts, pages)) {
      pageImages += 1;
      return;
    }
    if (formatOfName(file.name)) sorted.uploads.push({ name, file });
    else if (path.extname(file.name).toLowerCase() === '.jsonld') sorted.annotations.push({ name, file });
    else if (parts.length > 1) skipped.add(file.name);
    else sorted.failed.push({ name, reason: unsupportedReason(file.name) });
  });
  const skippedNotice = skipped.notice();
  if (skippedNotice) sorted.notices.push(skippedNotice);
  if (pageImages > 0) {
    sorted.notices.push(
      `Left out ${pageImages.toLocaleString('en-US')} ${pageImages === 1 ? 'file' : 'files'} from the "_files" folders of uploaded pages: an upload cannot bring a page's own images. To keep them, import the saved page from its folder ("offprint import <folder>", or Import in the desktop app).`,
    );
  }
  return sorted;
}

function withoutExtension(name: string): string {
  return name.slice(0, name.length - path.posix.extname(name).length);
}

/** Whether a path lies inside `<page>_files/` beside an uploaded `<page>.html`. */
function isInPageFolder(parts: readonly string[], pages: ReadonlySet<string>): boolean {
  for (let i = 0; i < parts.length - 1; i++) {
    const folder = parts[i] ?? '';
    if (!folder.endsWith('_files')) continue;
    const page = [...parts.slice(0, i), folder.slice(0, -'_files'.length)].join('/');
    if (pages.has(page)) return true;
  }
  return false;
}
