import { useEffect, useState } from 'preact/hooks';
import type { OffprintBridge } from '../../electron/api/contract.ts';
import type { NoteEntry } from '../../electron/model/note.ts';
import { errorSentence } from '../format/error-sentence.ts';

/** The tags the reader put on each review's highlights (undefined until first loaded), and the last load's failure. */
export interface HighlightTags {
  byReview: ReadonlyMap<string, readonly string[]> | undefined;
  error: string | undefined;
}

/** The tags on each review's highlights, by review id, without repeats. */
export function highlightTagsOf(entries: readonly NoteEntry[]): Map<string, string[]> {
  const tags = new Map<string, Set<string>>();
  for (const { note, review } of entries) {
    if (note.kind !== 'highlight' || !note.tags?.length) continue;
    const known = tags.get(review.id) ?? new Set<string>();
    for (const tag of note.tags) known.add(tag);
    tags.set(review.id, known);
  }
  return new Map([...tags].map(([id, known]) => [id, [...known]]));
}

/** Loads the tags on every review's highlights, for the library's Tag filter, and again whenever notes change. */
export function useHighlightTags(api: Pick<OffprintBridge, 'listAllNotes' | 'subscribe'>): HighlightTags {
  const [found, setFound] = useState<HighlightTags>({ byReview: undefined, error: undefined });

  useEffect(() => {
    let latest = 0;
    const reload = () => {
      const call = ++latest;
      api.listAllNotes({}).then(
        ({ entries }) => call === latest && setFound({ byReview: highlightTagsOf(entries), error: undefined }),
        (failure: unknown) =>
          call === latest &&
          setFound((before) => ({ ...before, error: errorSentence('find the tags on your highlights', failure) })),
      );
    };
    reload();
    const unsubscribe = api.subscribe((event) => {
      if (event.type === 'notes-changed' || event.type === 'review-removed') reload();
    });
    return () => {
      latest = -1;
      unsubscribe();
    };
  }, [api]);

  return found;
}
