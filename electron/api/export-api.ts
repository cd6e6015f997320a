import type { Archive } from '../archive/archive.ts';
import { exportAnnotations } from '../export/annotation-export.ts';
import { exportCitations } from '../export/citation-export.ts';
import { withUniqueNames } from '../export/file-name.ts';
import { exportMarkdown } from '../export/markdown-export.ts';
import type { ExportFile } from '../model/export-file.ts';
import type { Note } from '../model/note.ts';
import { OffprintError } from '../model/offprint-error.ts';
import type { Review } from '../model/review.ts';
import type { MethodInput, OffprintApi } from './contract.ts';

/** The contract's export method: reviews with their notes, in the formats other tools read. */
export function createExportApi(archive: Archive): Pick<OffprintApi, 'exportReviews'> {
  return {
    async exportReviews({ ids, format, style, styleXml }: MethodInput<'exportReviews'>) {
      const chosen = [...new Set(ids)];
      const missing = chosen.find((id) => !archive.hasReview(id));
      if (missing) throw new OffprintError('not-found', `There is no review with id "${missing}" in this archive.`);
      if (format === 'markdown') {
        const files: ExportFile[] = [];
        for (const id of chosen) files.push(exportMarkdown(await archive.getReview(id), await archive.readNotes(id)));
        return { files: withUniqueNames(files) };
      }
      if (format === 'annotations') {
        const items: Array<{ review: Review; notes: Note[] }> = [];
        for (const id of chosen)
          items.push({ review: await archive.getReview(id), notes: await archive.readNotes(id) });
        return { files: [exportAnnotations(items)] };
      }
      const reviews: Review[] = [];
      for (const id of chosen) reviews.push(await archive.getReview(id));
      return { files: [exportCitations(reviews, format, { style, styleXml })] };
    },
  };
}
