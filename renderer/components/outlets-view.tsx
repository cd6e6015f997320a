import { useEffect, useRef, useState } from 'preact/hooks';
import type { OffprintApi } from '../../electron/api/contract.ts';
import type { ReviewSummary } from '../../electron/model/review.ts';
import { errorSentence } from '../format/error-sentence.ts';
import { matchDialog } from './modal-dialog.ts';

interface Outlet {
  name: string;
  count: number;
  reviewCount: number;
}

/** What the outlets dialog needs: the API, whether it is open, and what to do on closing or picking a review. */
export interface OutletsViewProps {
  api: Pick<OffprintApi, 'listOutlets' | 'findCiting'>;
  open: boolean;
  onClose: () => void;
  onOpenReview: (id: string) => void;
  /** Shows every review citing the outlet in the library, filtered by it. */
  onShowInLibrary: (outlet: string) => void;
}

/** How many of an outlet's citing reviews the dialog lists; the library shows them all. */
const listedReviews = 200;

/** A dialog listing every outlet cited across the archive with counts; an outlet lists the reviews citing it. */
export function OutletsView({ api, open, onClose, onOpenReview, onShowInLibrary }: OutletsViewProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const [outlets, setOutlets] = useState<Outlet[]>();
  const [chosen, setChosen] = useState<{ name: string; reviews: ReviewSummary[]; total: number }>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!matchDialog(dialog.current, open)) return;
    setChosen(undefined);
    setError(undefined);
    api.listOutlets({}).then(
      ({ outlets: found }) => setOutlets(found),
      (failure: unknown) => setError(errorSentence('list the outlets', failure)),
    );
  }, [api, open]);

  // Switching between the outlets and one outlet's reviews replaces the list, so focus goes to the new heading.
  useEffect(() => {
    if (open) title.current?.focus();
  }, [open, chosen]);

  const choose = (name: string) => {
    api.findCiting({ outlet: name, limit: listedReviews }).then(
      ({ reviews, total }) => setChosen({ name, reviews, total }),
      (failure: unknown) => setError(errorSentence(`list the reviews citing ${name}`, failure)),
    );
  };

  // Showing a review elsewhere leaves the dialog.
  const thenClose = (go: () => void) => () => {
    go();
    onClose();
  };

  return (
    <dialog ref={dialog} class="outlets-view" aria-label="Outlets" onClose={onClose}>
      <header class="outlets-header">
        <h2 ref={title} tabIndex={-1}>
          {chosen ? `Reviews citing ${chosen.name}` : 'Outlets'}
        </h2>
        {chosen && (
          <button type="button" class="quiet-button" onClick={() => setChosen(undefined)}>
            All outlets
          </button>
        )}
        <button type="button" class="quiet-button" onClick={onClose}>
          Close
        </button>
      </header>
      {error && (
        <p class="load-error" role="alert">
          {error}
        </p>
      )}
      {chosen && chosen.total > chosen.reviews.length && (
        <p class="outlet-more">
          {`The newest ${chosen.reviews.length} of ${chosen.total}. `}
          <button type="button" class="quiet-button" onClick={thenClose(() => onShowInLibrary(chosen.name))}>
            Show all in the library
          </button>
        </p>
      )}
      {chosen ? (
        <ul class="outlet-reviews" aria-label={`Reviews citing ${chosen.name}`}>
          {chosen.reviews.map((review) => (
            <li key={review.id}>
              <button type="button" class="quiet-button" onClick={thenClose(() => onOpenReview(review.id))}>
                {review.title}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        outlets &&
        (outlets.length === 0 ? (
          <p class="pane-note">No review in the archive cites an outlet yet.</p>
        ) : (
          <ul class="outlet-list" aria-label="Cited outlets">
            {outlets.map((outlet) => (
              <li key={outlet.name}>
                <button
                  type="button"
                  class="quiet-button"
                  aria-label={`${outlet.name} ${outlet.count}`}
                  title={`${outlet.count} references in ${outlet.reviewCount} reviews`}
                  onClick={() => choose(outlet.name)}
                >
                  <span class="outlet-name">{outlet.name}</span> <span class="outlet-count">{outlet.count}</span>
                </button>
              </li>
            ))}
          </ul>
        ))
      )}
    </dialog>
  );
}
