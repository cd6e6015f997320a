import { useEffect, useRef, useState } from 'preact/hooks';
import { shortcutsByGroup } from '../commands/shortcuts.ts';
import { useCommand } from '../commands/use-command.ts';
import { matchDialog } from './modal-dialog.ts';

/**
 * The "?" key opens a dialog listing every keyboard shortcut, drawn from the one table in shortcuts.ts under its
 * headings; Escape or its Close button shuts it.
 */
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
      {shortcutsByGroup().map(({ group, rows }, index) => (
        <section key={group} class="shortcut-group" aria-labelledby={`shortcut-group-${index}`}>
          <h3 id={`shortcut-group-${index}`}>{group}</h3>
          <dl>
            {rows.map((shortcut) => (
              <div key={`${shortcut.keys} ${shortcut.action}`} class="shortcut">
                <dt>
                  <kbd>{shortcut.keys}</kbd>
                </dt>
                <dd>{shortcut.action}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <button type="button" onClick={() => dialog.current?.close()}>
        Close
      </button>
    </dialog>
  );
}
