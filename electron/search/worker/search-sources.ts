import { readFile, stat } from 'node:fs/promises';
import { NotesFileSchema } from '../../archive/archive-format.ts';
import { notesFile, reviewFile } from '../../archive/archive-layout.ts';
import type { Note } from '../../model/note.ts';
import { type Review, ReviewSchema, type ReviewSummary } from '../../model/review.ts';

/** A review the index should hold, and the stamp that changes whenever its searchable summary fields change. */
export interface IndexRow {
  id: string;
  stamp: string;
}

/** The row the search worker compares with what it indexed: content hash, title and tags. */
export function indexRowOf(review: ReviewSummary): IndexRow {
  return { id: review.id, stamp: [review.contentHash ?? '', review.title, ...review.tags].join('\u0000') };
}

/** A review file as stored, or null when it is missing or does not parse (the archive reports those itself). */
export async function readReviewFile(archiveDir: string, id: string): Promise<Review | null> {
  try {
    const parsed = ReviewSchema.safeParse(JSON.parse(await readFile(reviewFile(archiveDir, id), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A review's notes and highlights as stored; none when the file is missing or damaged. */
export async function readNotesFile(archiveDir: string, id: string): Promise<Note[]> {
  try {
    const parsed = NotesFileSchema.safeParse(JSON.parse(await readFile(notesFile(archiveDir, id), 'utf8')));
    return parsed.success ? parsed.data.notes : [];
  } catch {
    return [];
  }
}

/** When the review's notes last changed on disk (0 without notes), so notes added by another process show. */
export async function notesStamp(archiveDir: string, id: string): Promise<number> {
  return stat(notesFile(archiveDir, id)).then(
    (info) => info.mtimeMs,
    () => 0,
  );
}
