import { useEffect, useMemo, useState } from 'preact/hooks';
import type { OffprintBridge } from '../../electron/api/contract.ts';
import type { Note } from '../../electron/model/note.ts';
import { errorSentence } from '../format/error-sentence.ts';
import { highlightsOf } from '../highlights/highlight-list.ts';
import { orphanBoard } from '../highlights/orphan-board.ts';
import type { ReviewNotes } from '../notes/use-review-notes.ts';
import { HighlightItem } from './highlight-item.tsx';

/** The API, the review whose highlights are listed, and its notes as loaded. */
export interface HighlightPanelProps {
  api: OffprintBridge;
  reviewId: string;
  notes: ReviewNotes | undefined;
}

const undoMs = 10_000;

/** The review's highlights under the free note, each with its comment; a deleted one can be restored for a while. */
export function HighlightPanel({ api, reviewId, notes }: HighlightPanelProps) {
  const [deleted, setDeleted] = useState<Note>();
  const [error, setError] = useState<string>();
  const [, setVersion] = useState(0);

  useEffect(() => orphanBoard.onChange(() => setVersion((version) => version + 1)), []);
  useEffect(() => {
    if (notes?.error !== undefined) setError(errorSentence('load the highlights of this review', notes.error));
  }, [notes]);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(undefined), undoMs);
    return () => clearTimeout(timer);
  }, [deleted]);

  const remove = (highlight: Note) =>
    api.deleteNote({ reviewId: highlight.reviewId, id: highlight.id }).then(
      () => setDeleted(highlight),
      (failure: unknown) => setError(errorSentence('delete this highlight', failure)),
    );

  const restore = (highlight: Note) => {
    setDeleted(undefined);
    if (!highlight.selector) return;
    const { selector, color = 'yellow', body, tags = [] } = highlight;
    api
      .saveHighlight({ reviewId: highlight.reviewId, selector, color, body, tags })
      .catch((failure: unknown) => setError(errorSentence('restore this highlight', failure)));
  };

  const highlights = useMemo(
    () => (notes?.reviewId === reviewId && notes.notes ? highlightsOf(notes.notes) : []),
    [notes, reviewId],
  );
  return (
    <section class="highlight-panel" aria-labelledby="highlights-heading">
      <h3 id="highlights-heading" class="pane-subheading">
        Highlights
      </h3>
      {error && (
        <p class="load-error" role="alert">
          {error}
        </p>
      )}
      {deleted?.reviewId === reviewId && (
        <p class="highlight-undo">
          Highlight deleted.{' '}
          <button type="button" class="quiet-button" onClick={() => restore(deleted)}>
            Undo
          </button>
        </p>
      )}
      {highlights.length === 0 ? (
        <p class="pane-note">Select text in the article and press Highlight (or h) to keep a passage.</p>
      ) : (
        <ul class="highlight-items">
          {highlights.map((highlight) => (
            <HighlightItem
              key={highlight.id}
              api={api}
              highlight={highlight}
              orphaned={orphanBoard.has(reviewId, highlight.id)}
              onDelete={(chosen) => void remove(chosen)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
