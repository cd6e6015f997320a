import { useEffect, useMemo, useState } from 'preact/hooks';
import type { OffprintBridge } from '../../electron/api/contract.ts';
import type { Note } from '../../electron/model/note.ts';

/** The notes of one review as last loaded (undefined until the first load), and the failure of the last load, if any. */
export interface ReviewNotes {
  reviewId: string;
  notes: Note[] | undefined;
  error: unknown;
}

/**
 * Loads the notes of review `reviewId`, and again whenever the archive says they changed, for every view of the open
 * review to share. Undefined with no review open and until the first answer for this review; each answer is a new object.
 */
export function useReviewNotes(
  api: Pick<OffprintBridge, 'listNotes' | 'subscribe'>,
  reviewId: string | undefined,
): ReviewNotes | undefined {
  // One per review followed, so an answer for a review left earlier is never taken for one for this review.
  const following = useMemo(() => ({ reviewId }), [api, reviewId]);
  const [answer, setAnswer] = useState<{ following: object; notes: ReviewNotes }>();

  useEffect(() => {
    const id = following.reviewId;
    if (id === undefined) return;
    let live = true;
    const keep = (notes: Note[] | undefined, error: unknown) =>
      live &&
      setAnswer((before) => ({
        following,
        notes: {
          reviewId: id,
          notes: notes ?? (before?.following === following ? before.notes.notes : undefined),
          error,
        },
      }));
    const reload = () =>
      api.listNotes({ reviewId: id }).then(
        ({ notes }) => keep(notes, undefined),
        (failure: unknown) => keep(undefined, failure),
      );
    void reload();
    const unsubscribe = api.subscribe((event) => {
      if (event.type === 'notes-changed' && event.payload.reviewId === id) void reload();
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [api, following]);

  return answer?.following === following ? answer.notes : undefined;
}
