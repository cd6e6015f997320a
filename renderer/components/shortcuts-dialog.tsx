import { useEffect, useRef, useState } from 'preact/hooks';
import { shortcuts } from '../commands/shortcuts.ts';
import { useCommand } from '../commands/use-command.ts';
import { matchDialog } from './modal-dialog.ts';

/** The "?" key opens a dialog listing every keyboard shortcut; Escape or its Close button shuts it. */
export function ShortcutsDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);

  useCommand('show-shortcuts', () => {
    setOpen(true);
    return true;
  });

  useEffect(() => {
    matchDialog(dialog.current, open);
  }, [open]);

  return (
    <dialog class="shortcuts-dialog" aria-label="Keyboard shortcuts" ref={dialog} onClose={() => setOpen(false)}>
      <h2>Keyboard shortcuts</h2>
      <dl>
        {shortcuts.map((shortcut) => (
          <div key={shortcut.keys} class="shortcut">
            <dt>
              <kbd>{shortcut.keys}</kbd>
            </dt>
            <dd>{shortcut.action}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={() => dialog.current?.close()}>
        Close
      </button>
    </dialog>
  );
}
