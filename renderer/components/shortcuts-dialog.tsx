import { useEffect, useRef, useState } from 'preact/hooks';
import { isTypingTarget } from '../library/next-review.ts';
import { shortcuts } from '../reading/shortcuts.ts';

/** The "?" key opens a dialog listing every keyboard shortcut; Escape or its Close button shuts it. */
export function ShortcutsDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const show = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      setOpen(true);
    };
    document.addEventListener('keydown', show);
    return () => document.removeEventListener('keydown', show);
  }, []);

  useEffect(() => {
    const node = dialog.current;
    if (open && node && !node.open) node.showModal();
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
