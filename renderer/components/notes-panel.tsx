import { useEffect, useRef, useState } from 'preact/hooks';
import type { OffprintBridge } from '../../electron/api/contract.ts';
import { errorSentence } from '../format/error-sentence.ts';
import { freeNoteOf } from '../highlights/highlight-list.ts';
import { NoteSaver } from '../notes/note-saver.ts';
import type { ReviewNotes } from '../notes/use-review-notes.ts';
import { HighlightPanel } from './highlight-panel.tsx';
import { NoteEditor, type NoteView } from './note-editor.tsx';
import { NoteStatusLine } from './note-status-line.tsx';

/** The API, the open review, whose note the panel edits, and that review's notes as loaded. */
export interface NotesPanelProps {
  api: OffprintBridge;
  reviewId: string | undefined;
  notes: ReviewNotes | undefined;
}

/**
 * The note beside the open review, and its highlights below it. One saver per visited review outlives the switch to
 * another, so text that could not be saved yet is still there when the reader comes back; the Edit / Preview choice
 * stays as the reader left it from one review to the next.
 */
export function NotesPanel({ api, reviewId, notes }: NotesPanelProps) {
  const savers = useRef(new Map<string, NoteSaver>());
  const loaded = useRef(new Set<string>());
  const textarea = useRef<HTMLTextAreaElement>(null);
  const shown = useRef<NoteSaver>();
  const [loadError, setLoadError] = useState<{ reviewId: string; message: string }>();
  const [view, setView] = useState<NoteView>('edit');
  const [, setVersion] = useState(0);
  const saver = reviewId ? saverFor(savers.current, api, reviewId) : undefined;

  useEffect(() => {
    if (!saver) return;
    const stopWatching = saver.onChange(() => setVersion((version) => version + 1));
    return () => {
      stopWatching();
      void saver.flush();
    };
  }, [saver]);

  useEffect(() => {
    if (!saver || notes?.reviewId !== saver.reviewId) return;
    const id = saver.reviewId;
    if (notes.error !== undefined || !notes.notes) {
      if (!loaded.current.has(id)) {
        setLoadError({ reviewId: id, message: errorSentence('load the note on this review', notes.error) });
      }
      return;
    }
    // A reload while the reader edits the note leaves the text alone; the first load of a review does not wait.
    const editing = textarea.current !== null && textarea.current === document.activeElement;
    if (editing && shown.current === saver) return;
    shown.current = saver;
    loaded.current.add(id);
    setLoadError(undefined);
    saver.load(freeNoteOf(notes.notes));
    setVersion((version) => version + 1);
  }, [saver, notes]);

  useEffect(() => {
    const flushAll = () => {
      for (const each of savers.current.values()) void each.flush();
    };
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') flushAll();
    };
    window.addEventListener('pagehide', flushAll);
    document.addEventListener('visibilitychange', flushWhenHidden);
    return () => {
      window.removeEventListener('pagehide', flushAll);
      document.removeEventListener('visibilitychange', flushWhenHidden);
    };
  }, []);

  return (
    <aside class="notes-pane" aria-label="Notes">
      <h2 class="pane-heading">Notes</h2>
      {!saver ? (
        <p class="pane-note">Open a review to write a note beside it.</p>
      ) : loadError?.reviewId === saver.reviewId ? (
        <p class="load-error" role="alert">
          {loadError.message}
        </p>
      ) : (
        <>
          <NoteEditor
            api={api}
            saver={saver}
            loaded={loaded.current.has(saver.reviewId)}
            view={view}
            onViewChange={setView}
            textarea={textarea}
          />
          <div class="note-actions">
            <NoteStatusLine saver={saver} />
            {saver.noteId && (
              <button type="button" class="quiet-button" onClick={() => void saver.remove()}>
                Delete note
              </button>
            )}
          </div>
          <HighlightPanel api={api} reviewId={saver.reviewId} notes={notes} />
        </>
      )}
    </aside>
  );
}

function saverFor(savers: Map<string, NoteSaver>, api: OffprintBridge, reviewId: string): NoteSaver {
  let saver = savers.get(reviewId);
  if (!saver) {
    saver = new NoteSaver(api, reviewId);
    savers.set(reviewId, saver);
  }
  return saver;
}
