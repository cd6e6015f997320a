import { useEffect, useRef, useState } from 'preact/hooks';
import type { Reference } from '../../electron/model/review.ts';
import { formatDate } from '../format/format-date.ts';
import { joinNames } from '../format/review-labels.ts';
import { webLink } from '../format/web-link.ts';
import type { CitationReturn } from '../reading/use-citation-return.ts';
import { registerCitationTarget } from '../references/citation-targets.ts';
import { plainCitation } from '../references/plain-citation.ts';
import { CitationReturnButton } from './citation-return-button.tsx';
import { CitingReviews } from './citing-reviews.tsx';

/** The review's reference list, numbered as printed; the entry a citation link led to offers the way back to it. */
export function ReferenceList({ references, back }: { references: Reference[]; back?: CitationReturn }) {
  return (
    <section class="references" aria-label="References">
      <h2>References</h2>
      {references.length === 0 ? (
        <p class="pane-note">This review has no reference list.</p>
      ) : (
        <ol>
          {references.map((reference, index) => (
            // The list is fixed once imported and the same line may be cited twice, so the position is the key.
            <ReferenceEntry
              key={index}
              reference={reference}
              id={referenceId(index)}
              goBack={back?.entryId === referenceId(index) ? back.goBack : undefined}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

/** The element id of reference entry `index` (0-based): `ref-1` for the first, which citation links `#ref-1` name. */
export function referenceId(index: number): string {
  return `ref-${index + 1}`;
}

/**
 * One entry: its parsed parts when a title was found, else the line as printed. Focusable, as a link's target; Copy
 * Citation from the context menu, chosen on it, copies it as its own button does.
 */
function ReferenceEntry({ reference, id, goBack }: { reference: Reference; id: string; goBack?: () => void }) {
  const { raw, title, authors, container, issued } = reference;
  const link = webLink(reference.url);
  const entry = useRef<HTMLLIElement>(null);
  const [status, setStatus] = useState('');
  const copy = () => {
    navigator.clipboard.writeText(plainCitation(reference)).then(
      () => setStatus('Copied'),
      () => setStatus('Could not copy; select the line and copy it by hand'),
    );
  };
  useEffect(() => (entry.current ? registerCitationTarget(entry.current, copy) : undefined));
  const actions = <ReferenceActions reference={reference} copy={copy} status={status} />;
  const backToText = goBack && <CitationReturnButton onBack={goBack} />;
  if (!title) {
    return (
      <li id={id} ref={entry} tabIndex={-1} title={raw}>
        {backToText}
        <p class="reference-line">{raw}</p>
        {actions}
      </li>
    );
  }
  return (
    <li id={id} ref={entry} tabIndex={-1}>
      {backToText}
      <p class="reference-line">
        {authors && authors.length > 0 && <span class="reference-authors">{joinNames(authors)}, </span>}
        <span class="reference-title">“{title}”</span>
        {container && (
          <>
            , <cite class="reference-container">{container}</cite>
          </>
        )}
        {issued && (
          <>
            , <time dateTime={issued}>{formatDate(issued)}</time>
          </>
        )}
        .
        {link && (
          <>
            {' '}
            <a class="reference-link" href={link.href} target="_blank" rel="noopener noreferrer">
              {link.hostname}
            </a>
          </>
        )}
      </p>
      <details class="reference-raw">
        <summary>As printed</summary>
        <p>{raw}</p>
      </details>
      {actions}
    </li>
  );
}

/** Copying the entry as a plain citation (with how that went), and the other reviews citing the same item or outlet. */
function ReferenceActions({ reference, copy, status }: { reference: Reference; copy: () => void; status: string }) {
  return (
    <>
      <p class="reference-actions">
        <button type="button" class="quiet-button copy-citation" onClick={copy}>
          Copy citation
        </button>{' '}
        <span class="copy-status" aria-live="polite">
          {status}
        </span>
      </p>
      <CitingReviews reference={reference} />
    </>
  );
}
