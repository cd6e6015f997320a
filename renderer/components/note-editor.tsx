import type { ComponentChildren, RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { OffprintBridge } from '../../electron/api/contract.ts';
import { useCommand } from '../commands/use-command.ts';
import { pasteIntoNote } from '../notes/note-paste.ts';
import type { NoteSaver } from '../notes/note-saver.ts';
import { MarkdownView } from './markdown-view.tsx';

/** Whether the note shows as the Markdown the reader writes or as it renders; never both at once. */
export type NoteView = 'edit' | 'preview';

/** The note to show, whether it has loaded, the view chosen, and the textarea's ref for the panel that owns it. */
export interface NoteEditorProps {
  api: OffprintBridge;
  saver: NoteSaver;
  loaded: boolean;
  view: NoteView;
  onViewChange: (view: NoteView) => void;
  textarea: RefObject<HTMLTextAreaElement>;
}

const tabKeys: Record<string, (view: NoteView) => NoteView> = {
  ArrowLeft: (view) => (view === 'edit' ? 'preview' : 'edit'),
  ArrowRight: (view) => (view === 'edit' ? 'preview' : 'edit'),
  Home: () => 'edit',
  End: () => 'preview',
};

/**
 * One note, shown either in its Markdown box or rendered, as an Edit / Preview switch sets. The n key switches to
 * Edit and moves into the box; Escape leaves the box for the switch, so single-key shortcuts act again. The box stays
 * in the page while the preview shows, so its undo history lasts.
 */
export function NoteEditor({ api, saver, loaded, view, onViewChange, textarea }: NoteEditorProps) {
  const editTab = useRef<HTMLButtonElement>(null);
  const previewTab = useRef<HTMLButtonElement>(null);
  const focusBoxAfterRender = useRef(false);

  useLayoutEffect(() => {
    if (!focusBoxAfterRender.current || view !== 'edit') return;
    focusBoxAfterRender.current = false;
    focusBox(textarea.current);
  });

  useCommand('focus-note', () => {
    if (!textarea.current) return false;
    if (view === 'edit') {
      focusBox(textarea.current);
    } else {
      focusBoxAfterRender.current = true;
      onViewChange('edit');
    }
    return true;
  });

  const onTabKey = (event: KeyboardEvent) => {
    const next = tabKeys[event.key]?.(view);
    if (!next) return;
    event.preventDefault();
    onViewChange(next);
    (next === 'edit' ? editTab : previewTab).current?.focus();
  };

  const onBoxKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.isComposing) return;
    event.preventDefault();
    editTab.current?.focus();
  };

  return (
    <>
      <div class="note-view-switch" role="tablist" aria-label="Note view" onKeyDown={onTabKey}>
        {(
          [
            ['edit', 'Edit', editTab],
            ['preview', 'Preview', previewTab],
          ] as const
        ).map(([tab, label, ref]) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`note-tab-${tab}`}
            ref={ref}
            aria-selected={view === tab}
            aria-controls={`note-${tab}-panel`}
            tabIndex={view === tab ? 0 : -1}
            onClick={() => onViewChange(tab)}
          >
            {label}
          </button>
        ))}
      </div>
      <NotePanel tab="edit" view={view}>
        <p class="pane-note" id="note-hint">
          Write in Markdown; the note saves as you type. Escape leaves the note.
        </p>
        <textarea
          ref={textarea}
          class="note-editor"
          aria-label="Note"
          aria-describedby="note-hint"
          rows={10}
          value={saver.body}
          readOnly={!loaded}
          onInput={(event) => saver.edit(event.currentTarget.value)}
          onPaste={(event) => pasteIntoNote(event, event.currentTarget, api)}
          onKeyDown={onBoxKey}
          onBlur={() => void saver.flush()}
        />
      </NotePanel>
      <NotePanel tab="preview" view={view}>
        {view === 'preview' &&
          (saver.body.trim() === '' ? (
            <p class="pane-note">Nothing to preview yet. Choose Edit, or press n, to write a note.</p>
          ) : (
            <section class="note-preview" aria-label="Note preview">
              <MarkdownView markdown={saver.body} headingOffset={2} />
            </section>
          ))}
      </NotePanel>
    </>
  );
}

function focusBox(box: HTMLTextAreaElement | null): void {
  box?.focus({ preventScroll: true });
  box?.scrollIntoView({ block: 'nearest' });
}

/** The panel for one view, labelled by its tab and hidden while the other view shows. */
function NotePanel({ tab, view, children }: { tab: NoteView; view: NoteView; children: ComponentChildren }) {
  return (
    <div
      role="tabpanel"
      id={`note-${tab}-panel`}
      class={`note-${tab}-panel`}
      aria-labelledby={`note-tab-${tab}`}
      hidden={view !== tab}
    >
      {children}
    </div>
  );
}
