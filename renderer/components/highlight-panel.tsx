import { useEffect, useState } from 'preact/hooks';
import type { OffprintBridge } from '../../electron/api/contract.ts';
import type { Note } from '../../electron/model/note.ts';
import { errorSentence } from '../format/error-sentence.ts';
import { highlightsOf } from '../highlights/highlight-list.ts';
import { orphanBoard } from '../highlights/orphan-board.ts';
import { HighlightItem } from './highlight-item.tsx';

/** The API and the review whose highlights are listed. */
export interface HighlightPanelProps {
  api: OffprintBridge;
  reviewId: string;
}

const undoMs = 10_000;

/** The review's highlights under the free note, each with its comment; a deleted one can be restored for a while. */
export function HighlightPanel({ api, reviewId }: HighlightPanelProps) {
  const [stored, setStored] = useState<{ reviewId: string; highlights: Note[] }>();
  const [deleted, setDeleted] = useState<Note>();
  const [error, setError] = useState<string>();
  const [, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    const reload = () =>
      api.listNotes({ reviewId }).then(
        ({ notes }) => live && setStored({ reviewId, highlights: highlightsOf(notes) }),
        (failure: unknown) => live && setError(errorSentence('load the highlights of this review', failure)),
      );
    void reload();
    const unsubscribe = api.subscribe((event) => {
      if (event.type === 'notes-changed' && event.payload.reviewId === reviewId) void reload();
    });
    const stopWatching = orphanBoard.onChange(() => setVersion((version) => version + 1));
    return () => {
      live = false;
      unsubscribe();
      stopWatching();
    };
  }, [api, reviewId]);

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

  const highlights = stored?.reviewId === reviewId ? stored.highlights : [];
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
