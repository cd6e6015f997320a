import type { Archive } from '../archive/archive.ts';
import { messageOf } from '../common/messages.ts';
import { type ReadAnnotation, type ReviewClue, readAnnotations } from '../export/annotation-reader.ts';
import type { AnnotationImport } from '../model/export-file.ts';
import type { Note } from '../model/note.ts';
import { OffprintError } from '../model/offprint-error.ts';
import type { ReviewSummary } from '../model/review.ts';
import type { OffprintApi } from './contract.ts';
import type { EventHub } from './event-hub.ts';
import { noteChanges } from './notes-api.ts';

/**
 * Restores highlights and notes from a Web Annotation file onto the reviews they belong to. The file wins: a note
 * whose id exists with other content is replaced by the file's version (same id), one that is not there is added.
 */
export function createAnnotationsApi(archive: Archive, events: EventHub): Pick<OffprintApi, 'importAnnotations'> {
  const { changeNotes } = noteChanges(archive, events);
  /** Writes one review's restored notes in one atomic change, unless every one is there already as it is. */
  const restoreNotes = async (reviewId: string, incoming: Note[]) => {
    const merge = (notes: Note[]) => mergeNotes(notes, incoming);
    const planned = merge(await archive.readNotes(reviewId)).result;
    return planned.restored === 0 ? planned : changeNotes(reviewId, merge);
  };

  return {
    async importAnnotations({ text }) {
      if (archive.readOnlyReason) throw new OffprintError('read-only', archive.readOnlyReason);
      const summary: AnnotationImport = { restored: 0, unchanged: 0, skipped: [] };
      const byReview = new Map<string, Note[]>();
      const restoredIds = new Set<string>();
      const findReview = reviewFinder(archive.listReviews());
      for (const annotation of readAnnotations(text)) {
        const placed = place(annotation, findReview, restoredIds);
        if ('reason' in placed) {
          summary.skipped.push({ id: annotation.id, reason: placed.reason });
          continue;
        }
        restoredIds.add(placed.note.id);
        const notes = byReview.get(placed.reviewId);
        if (notes) notes.push(placed.note);
        else byReview.set(placed.reviewId, [placed.note]);
      }
      let done = 0;
      for (const [reviewId, incoming] of byReview) {
        try {
          const counts = await restoreNotes(reviewId, incoming);
          summary.restored += counts.restored;
          summary.unchanged += counts.unchanged;
          done += 1;
        } catch (error) {
          const title = archive.findReview(reviewId)?.title ?? reviewId;
          throw new OffprintError(
            error instanceof OffprintError ? error.kind : 'io',
            `Restoring the notes of "${title}" failed (${messageOf(error)}); the notes of ${done} of ${byReview.size} reviews were restored before it. Put that right and import the file again: what was restored counts as unchanged.`,
          );
        }
      }
      return summary;
    },
  };
}

/** The review and note an annotation restores, or why it is skipped. */
function place(
  annotation: ReadAnnotation,
  findReview: (clue: ReviewClue) => string | undefined,
  restoredIds: ReadonlySet<string>,
): { reviewId: string; note: Note } | { reason: string } {
  if (!annotation.ok) return { reason: annotation.reason };
  const reviewId = findReview(annotation.review);
  if (!reviewId) {
    const named = annotation.review.id ? `The review urn:offprint:review:${annotation.review.id}` : 'Its review';
    return { reason: `${named} is not in this archive; import that review, then import this file again.` };
  }
  const { id } = annotation.note;
  if (restoredIds.has(id)) {
    return { reason: `The file holds note ${id} twice; only the first was restored.` };
  }
  return { reviewId, note: { ...annotation.note, reviewId } };
}

/** Finds the review an annotation belongs to: by id, then by the same content, then by the page it came from. */
function reviewFinder(rows: ReviewSummary[]): (clue: ReviewClue) => string | undefined {
  const ids = new Set(rows.map((row) => row.id));
  const byContent = new Map<string, string>();
  const bySource = new Map<string, string>();
  // Rows come newest first, so a page imported in several versions leads to its newest.
  for (const row of rows) {
    if (row.contentHash && !byContent.has(row.contentHash)) byContent.set(row.contentHash, row.id);
    if (row.sourceUrl && !bySource.has(row.sourceUrl)) bySource.set(row.sourceUrl, row.id);
  }
  return (clue) => {
    if (clue.id && ids.has(clue.id)) return clue.id;
    const sameContent = clue.contentHash ? byContent.get(clue.contentHash) : undefined;
    return sameContent ?? clue.sourceUrls.map((url) => bySource.get(url)).find((id) => id !== undefined);
  };
}

/** A review's notes with the file's notes put in: a changed one replaced where it was, a new one added at the end. */
function mergeNotes(
  notes: Note[],
  incoming: Note[],
): { notes: Note[]; result: { restored: number; unchanged: number } } {
  const merged = [...notes];
  let unchanged = 0;
  for (const note of incoming) {
    const at = merged.findIndex((existing) => existing.id === note.id);
    const existing = merged[at];
    if (existing && sameNote(existing, note)) unchanged += 1;
    else if (existing) merged[at] = note;
    else merged.push(note);
  }
  return { notes: merged, result: { restored: incoming.length - unchanged, unchanged } };
}

/** Whether two notes say the same: a missing kind is a free note and missing tags are no tags, as in older files. */
function sameNote(a: Note, b: Note): boolean {
  return JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));
}

function comparable(note: Note): unknown[] {
  const { selector } = note;
  return [
    note.id,
    note.reviewId,
    note.body,
    note.createdAt,
    note.updatedAt,
    note.kind ?? 'note',
    selector && [selector.quote.exact, selector.quote.prefix, selector.quote.suffix],
    selector && [selector.position.start, selector.position.end],
    note.color ?? null,
    note.tags ?? [],
  ];
}
