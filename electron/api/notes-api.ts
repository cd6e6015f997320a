import { randomUUID } from 'node:crypto';
import type { Archive } from '../archive/archive.ts';
import type { StateChange } from '../archive/review-states.ts';
import { convertPastedHtml } from '../importers/pasted-html.ts';
import type { Note, NoteEntry } from '../model/note.ts';
import { OffprintError } from '../model/offprint-error.ts';
import type { MethodInput, OffprintApi } from './contract.ts';
import type { EventHub } from './event-hub.ts';

type NotesMethods = Pick<
  OffprintApi,
  | 'listNotes'
  | 'saveNote'
  | 'saveHighlight'
  | 'convertPastedHtml'
  | 'deleteNote'
  | 'listAllNotes'
  | 'listReviewStates'
  | 'saveReadingPosition'
  | 'setRead'
>;

/** The contract's methods on notes, highlights and reading state, announcing changes through `events`. */
export function createNotesApi(archive: Archive, events: EventHub): NotesMethods {
  const { announce, changeNotes } = noteChanges(archive, events);
  // The archive keeps the counts following the notes; the windows hear of each change it makes on its own.
  archive.onStateChange((state) => events.emit({ type: 'review-state-changed', payload: { state } }));

  return {
    async listNotes({ reviewId }) {
      requireReview(archive, reviewId);
      return { notes: await archive.openNotes(reviewId) };
    },

    async saveNote({ reviewId, id, body }: MethodInput<'saveNote'>) {
      requireReview(archive, reviewId);
      const now = new Date().toISOString();
      return changeNotes(reviewId, (notes) => {
        const existing = id ? notes.find((candidate) => candidate.id === id) : undefined;
        if (id && !existing) {
          throw new OffprintError(
            'not-found',
            `There is no note with id "${id}" on this review; it may have been deleted.`,
          );
        }
        const saved: Note = existing
          ? { ...existing, body, updatedAt: now }
          : { id: randomUUID(), reviewId, body, createdAt: now, updatedAt: now };
        return {
          notes: existing ? notes.map((n) => (n.id === saved.id ? saved : n)) : [...notes, saved],
          result: saved,
        };
      });
    },

    async saveHighlight({ reviewId, id, selector, color, body, tags }: MethodInput<'saveHighlight'>) {
      requireReview(archive, reviewId);
      const now = new Date().toISOString();
      return changeNotes(reviewId, (notes) => {
        const existing = id ? notes.find((candidate) => candidate.id === id) : undefined;
        if (id && existing?.kind !== 'highlight') {
          throw new OffprintError(
            'not-found',
            `There is no highlight with id "${id}" on this review; it may have been deleted.`,
          );
        }
        const fields = { kind: 'highlight' as const, selector, color, body, tags, updatedAt: now };
        const saved: Note = existing
          ? { ...existing, ...fields }
          : { id: randomUUID(), reviewId, createdAt: now, ...fields };
        return {
          notes: existing ? notes.map((n) => (n.id === saved.id ? saved : n)) : [...notes, saved],
          result: saved,
        };
      });
    },

    async convertPastedHtml({ html }) {
      return { markdown: await convertPastedHtml(html) };
    },

    async deleteNote({ reviewId, id }) {
      requireReview(archive, reviewId);
      const found = (await archive.readNotes(reviewId)).some((note) => note.id === id);
      if (!found) return { deleted: false };
      const deleted = await changeNotes(reviewId, (notes) => {
        const kept = notes.filter((note) => note.id !== id);
        return { notes: kept, result: kept.length !== notes.length };
      });
      return { deleted };
    },

    async listAllNotes() {
      const states = await archive.states.list((id) => archive.hasReview(id));
      const entries: NoteEntry[] = [];
      for (const { id } of states) {
        const row = archive.findReview(id);
        if (!row) continue;
        const review = { id: row.id, title: row.title, series: row.series, issue: row.issue };
        for (const note of await archive.readNotes(id)) {
          if (note.kind === 'highlight' || note.body.trim() !== '')
            entries.push({ note, review: withoutUndefined(review) });
        }
      }
      entries.sort((a, b) => (a.note.updatedAt < b.note.updatedAt ? 1 : a.note.updatedAt > b.note.updatedAt ? -1 : 0));
      return { entries };
    },

    async listReviewStates() {
      return { states: await archive.states.list((id) => archive.hasReview(id)) };
    },

    async saveReadingPosition({ id, position, finished }) {
      requireReview(archive, id);
      return announce(await archive.states.savePosition(id, position, finished));
    },

    async setRead({ id, read }) {
      requireReview(archive, id);
      return announce(await archive.states.setRead(id, read));
    },
  };
}

/** Changes a review's notes and tells the windows (the archive records the counts): the one way every API edits notes. */
export function noteChanges(archive: Archive, events: EventHub) {
  const announce = ({ state, shownChanged }: StateChange) => {
    if (shownChanged) events.emit({ type: 'review-state-changed', payload: { state } });
    return state;
  };
  const changeNotes = async <T>(reviewId: string, change: (notes: Note[]) => { notes: Note[]; result: T }) => {
    const result = await archive.updateNotes(reviewId, change);
    events.emit({ type: 'notes-changed', payload: { reviewId } });
    return result;
  };
  return { announce, changeNotes };
}

function requireReview(archive: Archive, reviewId: string): void {
  if (!archive.hasReview(reviewId)) {
    throw new OffprintError('not-found', `There is no review with id "${reviewId}" in this archive.`);
  }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
