import { useCallback, useState } from 'preact/hooks';
import type { OffprintApi } from '../../electron/api/contract.ts';
import type { CitationStyle, ExportFormat } from '../../electron/model/export-file.ts';
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

/** The open review, and its series with the ids of every review in it (in issue order) when it has one. */
export interface ExportMenuProps {
  api: Pick<OffprintApi, 'exportReviews'>;
  reviewId: string;
  series?: { name: string; ids: string[] };
}

/**
 * The open review's "Export" button and its menu: each format is saved as a file, for the review or, with "Whole
 * series" checked, for every review of its series; printing uses the page's print style.
 */
export function ExportMenu({ api, reviewId, series }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [wholeSeries, setWholeSeries] = useState(false);
  const bySeries = wholeSeries && series !== undefined && series.ids.length > 1;
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
    const ids = bySeries ? series.ids : [reviewId];
    api.exportReviews({ ids, format: choice.format, style: choice.style }).then(
      ({ files }) => {
        for (const file of files) saveFile(file);
      },
      (failure: unknown) => {
        const what = bySeries ? 'export this series' : 'export this review';
        setError({ reviewId, message: errorSentence(what, failure) });
      },
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
          {series && series.ids.length > 1 && (
            <>
              <button
                type="button"
                role="menuitemcheckbox"
                tabIndex={-1}
                aria-checked={wholeSeries}
                onClick={() => setWholeSeries(!wholeSeries)}
              >
                Whole series: {series.name} ({series.ids.length} reviews)
              </button>
              <hr class="import-menu-separator" />
            </>
          )}
          {choices.map((choice) => (
            <button
              key={choice.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              disabled={'print' in choice && bySeries}
              onClick={() => choose(choice)}
            >
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
