import type { ImportSummary } from '../../electron/model/import-summary.ts';
import { countLine } from '../format/import-labels.ts';

/** The summary to show, and what opening a review from it and dismissing it do. */
export interface ImportSummaryPanelProps {
  summary: ImportSummary | undefined;
  onOpen: (id: string) => void;
  onDismiss: () => void;
}

/**
 * What the last import did: failures with their reasons and notices first, as the reader may have to act on them;
 * then the reviews already in the archive and those imported, each of which opens from here.
 */
export function ImportSummaryPanel({ summary, onOpen, onDismiss }: ImportSummaryPanelProps) {
  if (!summary) return null;
  const { imported, duplicates, failed, notices } = summary;
  return (
    <section class="import-summary" aria-label="Import summary">
      <div class="import-summary-head">
        <h2 class="import-summary-title">{countLine(imported.length, 'Imported 1 review', 'Imported {n} reviews')}</h2>
        <button type="button" class="quiet-button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      {failed.length > 0 && (
        <>
          <p class="import-summary-line is-error">{`${failed.length} could not be imported`}</p>
          <ul class="import-summary-list import-failures" aria-label="Could not be imported">
            {failed.map((failure, index) => (
              <li key={`${index}|${failure.name}`}>
                <span class="import-failure-name">{failure.name}</span>: {failure.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {notices.length > 0 && (
        <ul class="import-summary-list import-notices" aria-label="Notices">
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
      {duplicates.length > 0 && (
        <>
          <p class="import-summary-line">{`${duplicates.length} already in the archive`}</p>
          <ul class="import-summary-list import-reviews" aria-label="Already in the archive">
            {duplicates.map((duplicate, index) => (
              // The same name can come twice from two folders, so the position is part of the key.
              <li key={`${index}|${duplicate.name}`}>
                <button type="button" class="link-button" onClick={() => onOpen(duplicate.existingId)}>
                  {duplicate.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {imported.length > 0 && (
        <>
          <p class="import-summary-line">Imported reviews</p>
          <ul class="import-summary-list import-reviews" aria-label="Imported reviews">
            {imported.map((review) => (
              <li key={review.id}>
                <button type="button" class="link-button" onClick={() => onOpen(review.id)}>
                  {review.title}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
