import type { ComponentChildren } from 'preact';
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
        <SummaryList
          line={`${failed.length} could not be imported`}
          isError
          kind="import-failures"
          label="Could not be imported"
        >
          {failed.map((failure, index) => (
            <li key={`${index}|${failure.name}`}>
              <span class="import-failure-name">{failure.name}</span>: {failure.reason}
            </li>
          ))}
        </SummaryList>
      )}
      {notices.length > 0 && (
        <ul class="import-summary-list import-notices" aria-label="Notices">
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
      {duplicates.length > 0 && (
        <SummaryList
          line={`${duplicates.length} already in the archive`}
          kind="import-reviews"
          label="Already in the archive"
        >
          {duplicates.map((duplicate, index) => (
            // The same name can come twice from two folders, so the position is part of the key.
            <OpenItem
              key={`${index}|${duplicate.name}`}
              name={duplicate.name}
              onOpen={() => onOpen(duplicate.existingId)}
            />
          ))}
        </SummaryList>
      )}
      {imported.length > 0 && (
        <SummaryList line="Imported reviews" kind="import-reviews" label="Imported reviews">
          {imported.map((review) => (
            <OpenItem key={review.id} name={review.title} onOpen={() => onOpen(review.id)} />
          ))}
        </SummaryList>
      )}
    </section>
  );
}

interface SummaryListProps {
  line: string;
  isError?: boolean;
  kind: string;
  label: string;
  children: ComponentChildren;
}

/** One group of the summary: a line that counts it, then its list. */
function SummaryList({ line, isError = false, kind, label, children }: SummaryListProps) {
  return (
    <>
      <p class={isError ? 'import-summary-line is-error' : 'import-summary-line'}>{line}</p>
      <ul class={`import-summary-list ${kind}`} aria-label={label}>
        {children}
      </ul>
    </>
  );
}

/** A review of the summary, which opens when clicked. */
function OpenItem({ name, onOpen }: { name: string; onOpen: () => void }) {
  return (
    <li>
      <button type="button" class="link-button" onClick={onOpen}>
        {name}
      </button>
    </li>
  );
}
