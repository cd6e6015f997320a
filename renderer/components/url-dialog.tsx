import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Whether the dialog shows, what saving an address does (it answers the line to show when it failed). */
export interface UrlDialogProps {
  open: boolean;
  onSave: (url: string) => Promise<string | undefined>;
  onClose: () => void;
}

/** "Save page from URL": a modal dialog with one address field; Enter saves, Escape or Cancel closes. */
export function UrlDialog({ open, onSave, onClose }: UrlDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  // Before paint, so what the reader types right after choosing the menu item lands in the address field.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setError(undefined);
      element.showModal();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const url = address.trim();
    const problem = addressProblem(url);
    if (problem) {
      setError(problem);
      return;
    }
    setSaving(true);
    setError(undefined);
    const failure = await onSave(url);
    setSaving(false);
    if (failure) {
      setError(failure);
      // The field was disabled while saving, which took the focus away; it goes back for a correction.
      requestAnimationFrame(() => input.current?.focus());
      return;
    }
    setAddress('');
    onClose();
  };

  return (
    <dialog class="url-dialog" ref={dialog} aria-labelledby="url-dialog-title" onClose={onClose}>
      <form class="url-dialog-form" noValidate onSubmit={(event) => void submit(event)}>
        <h2 id="url-dialog-title">Save page from URL</h2>
        <p class="pane-note" id="url-dialog-hint">
          Offprint fetches the page, keeps its article and images, and adds it to your archive.
        </p>
        <input
          ref={input}
          type="url"
          class="url-input"
          aria-label="Page address"
          aria-describedby="url-dialog-hint"
          placeholder="https://"
          value={address}
          disabled={saving}
          onInput={(event) => setAddress(event.currentTarget.value)}
        />
        {error && (
          <p class="load-error" role="alert">
            {error}
          </p>
        )}
        {saving && (
          <p class="pane-note" aria-live="polite">
            Saving the page…
          </p>
        )}
        <div class="url-dialog-actions">
          <button type="button" class="quiet-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="quiet-button primary-button" disabled={saving}>
            Save
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** Why an address cannot be saved, or undefined when it looks like a web page's address. */
function addressProblem(url: string): string | undefined {
  if (url === '') return 'Enter the address of the page to save.';
  try {
    const { protocol } = new URL(url);
    if (protocol === 'http:' || protocol === 'https:') return undefined;
  } catch {
    // Falls through to the same advice as any other scheme.
  }
  return 'Enter a full web address that starts with http:// or https://.';
}
