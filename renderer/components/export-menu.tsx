import { useCallback, useState } from 'preact/hooks';
import type { CitationStyle, ExportFormat, OffprintApi } from '../../electron/api/contract.ts';
import { saveFile } from '../export/save-file.ts';
import { errorSentence } from '../format/error-sentence.ts';
import { usePopupMenu } from './use-popup-menu.ts';

type Choice = { format: ExportFormat; style?: CitationStyle; label: string } | { print: true; label: string };

const choices: Choice[] = [
  { format: 'markdown', label: 'Markdown with notes and highlights (.md)' },
  { format: 'bibtex', label: 'References as BibTeX (.bib)' },
  { format: 'ris', label: 'References as RIS (.ris)' },
  { format: 'csl-json', label: 'References as CSL-JSON (.json)' },
  { format: 'bibliography', style: 'apa', label: 'Bibliography, APA style (.txt)' },
  { format: 'annotations', label: 'Notes and highlights as Web Annotations' },
  { print: true, label: 'Print or save as PDF…' },
];

/** The open review's "Export" button and its menu: each format is saved as a file; printing uses the page's print style. */
export function ExportMenu({ api, reviewId }: { api: Pick<OffprintApi, 'exportReviews'>; reviewId: string }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<{ reviewId: string; message: string }>();
  const close = useCallback(() => setOpen(false), []);
  const { container, button, menu, onKeyDown } = usePopupMenu(open, close);

  const choose = (choice: Choice) => {
    setOpen(false);
    setError(undefined);
    button.current?.focus();
    if ('print' in choice) {
      window.print();
      return;
    }
    api.exportReviews({ ids: [reviewId], format: choice.format, style: choice.style }).then(
      ({ files }) => {
        for (const file of files) saveFile(file);
      },
      (failure: unknown) => setError({ reviewId, message: errorSentence('export this review', failure) }),
    );
  };

  return (
    <div class="export-menu" ref={container}>
      <button
        type="button"
        class="quiet-button"
        ref={button}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="export-menu-items"
        onClick={() => setOpen(!open)}
      >
        Export…
      </button>
      {open && (
        <div
          class="export-menu-items"
          id="export-menu-items"
          role="menu"
          aria-label="Export"
          ref={menu}
          onKeyDown={onKeyDown}
        >
          {choices.map((choice) => (
            <button key={choice.label} type="button" role="menuitem" tabIndex={-1} onClick={() => choose(choice)}>
              {choice.label}
            </button>
          ))}
        </div>
      )}
      {error?.reviewId === reviewId && (
        <span class="load-error" role="alert">
          {error.message}
        </span>
      )}
    </div>
  );
}
