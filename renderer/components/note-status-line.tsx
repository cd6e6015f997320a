import { errorSentence } from '../format/error-sentence.ts';
import type { NoteSaver, NoteStatus } from '../notes/note-saver.ts';

/** The live status of the note (saving, saved, or what failed), with Undo after a delete. */
export function NoteStatusLine({ saver }: { saver: NoteSaver }) {
  const status = saver.status;
  const failed = status.kind === 'save-failed' || status.kind === 'delete-failed';
  return (
    <div class="note-status">
      <p role="status" class={failed ? 'note-status-text is-error' : 'note-status-text'}>
        {describeStatus(status)}
      </p>
      {saver.canUndo && (
        <button type="button" class="quiet-button" onClick={() => void saver.restore()}>
          Undo
        </button>
      )}
    </div>
  );
}

function describeStatus(status: NoteStatus): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'save-failed':
      return `${errorSentence('save the note', status.error)} Your text is still here; it will be retried.`;
    case 'deleted':
      return 'Note deleted.';
    case 'delete-failed':
      return errorSentence('delete the note', status.error);
  }
}
