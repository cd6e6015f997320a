import { useCallback, useState } from 'preact/hooks';
import type { OffprintApi } from '../../electron/api/contract.ts';
import type { CitationStyle, ExportFormat } from '../../electron/model/export-file.ts';
import { saveFile } from '../export/save-file.ts';
import { errorSentence } from '../format/error-sentence.ts';
import { MenuItem, PopupMenuButton } from './popup-menu.tsx';
import { ReviewActionError, type ReviewActionFailure } from './review-action-error.tsx';
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
  const [error, setError] = useState<ReviewActionFailure>();
  const close = useCallback(() => setOpen(false), []);
  const popup = usePopupMenu(open, close);

  const choose = (choice: Choice) => {
    setOpen(false);
    setError(undefined);
    popup.button.current?.focus();
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
    <div class="export-menu" ref={popup.container}>
      <PopupMenuButton popup={popup} label="Export" buttonClass="quiet-button" onToggle={() => setOpen(!open)}>
        {series && series.ids.length > 1 && (
          <>
            <MenuItem role="menuitemcheckbox" aria-checked={wholeSeries} onClick={() => setWholeSeries(!wholeSeries)}>
              Whole series: {series.name} ({series.ids.length} reviews)
            </MenuItem>
            <hr class="import-menu-separator" />
          </>
        )}
        {choices.map((choice) => (
          <MenuItem key={choice.label} disabled={'print' in choice && bySeries} onClick={() => choose(choice)}>
            {choice.label}
          </MenuItem>
        ))}
      </PopupMenuButton>
      <ReviewActionError error={error} reviewId={reviewId} />
    </div>
  );
}
