import type { Note } from '../../electron/model/note.ts';

/** The highlights among a review's notes, in reading order where known. */
export function highlightsOf(notes: readonly Note[]): Note[] {
  return notes
    .filter((note) => note.kind === 'highlight')
    .sort((a, b) => (a.selector?.position.start ?? 0) - (b.selector?.position.start ?? 0));
}

/** The review's free note: the first note that is not a highlight. */
export function freeNoteOf(notes: readonly Note[]): Note | undefined {
  return notes.find((note) => note.kind !== 'highlight');
}
