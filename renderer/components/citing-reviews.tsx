import { useContext, useEffect, useState } from 'preact/hooks';
import type { Reference, ReviewSummary } from '../../electron/model/review.ts';
import { errorSentence } from '../format/error-sentence.ts';
import { ReferencesContext } from '../references/references-context.ts';

interface Found {
  reviews: ReviewSummary[];
  total: number;
}

interface Citing {
  byTitle: Found;
  byOutlet: Found;
}

/** How many citing reviews each group lists; the rest are counted, and an outlet's can be shown in the library. */
const shownPerGroup = 5;
const none: Found = { reviews: [], total: 0 };

/** The other reviews in the archive citing the same item (by title) and, separately, the same outlet. */
export function CitingReviews({ reference }: { reference: Reference }) {
  const context = useContext(ReferencesContext);
  const [citing, setCiting] = useState<Citing>();
  const [error, setError] = useState<string>();
  const { title, container } = reference;
  const api = context?.api;
  const reviewId = context?.reviewId;

  useEffect(() => {
    if (!api || (!title && !container)) return;
    let current = true;
    const find = (query: { title?: string; outlet?: string }) =>
      api.findCiting({ ...query, limit: shownPerGroup, ...(reviewId ? { excludeReviewId: reviewId } : {}) });
    Promise.all([title ? find({ title }) : none, container ? find({ outlet: container }) : none]).then(
      ([byTitle, byOutlet]) => current && setCiting({ byTitle, byOutlet }),
      (failure: unknown) => current && setError(errorSentence('look up other reviews citing this', failure)),
    );
    return () => {
      current = false;
    };
  }, [api, reviewId, title, container]);

  if (!context) return null;
  if (error) return <p class="citing-error">{error}</p>;
  if (!citing || (citing.byTitle.total === 0 && citing.byOutlet.total === 0)) return null;
  return (
    <div class="citing">
      {citing.byTitle.total > 0 && (
        <CitingGroup label="Also cited in" found={citing.byTitle} onOpen={context.openReview} />
      )}
      {citing.byOutlet.total > 0 && container && (
        <CitingGroup
          label={`Other reviews citing ${container} (${citing.byOutlet.total})`}
          found={citing.byOutlet}
          onOpen={context.openReview}
          onShowAll={() => context.showOutletInLibrary(container)}
        />
      )}
    </div>
  );
}

function CitingGroup({
  label,
  found,
  onOpen,
  onShowAll,
}: {
  label: string;
  found: Found;
  onOpen: (id: string) => void;
  onShowAll?: () => void;
}) {
  const more = found.total - found.reviews.length;
  return (
    <div class="citing-group">
      <p class="citing-label">{label}</p>
      <ul class="citing-list" aria-label={label}>
        {found.reviews.map((review) => (
          <li key={review.id}>
            <button type="button" class="quiet-button citing-review" onClick={() => onOpen(review.id)}>
              {review.title}
            </button>
          </li>
        ))}
      </ul>
      {more > 0 &&
        (onShowAll ? (
          <button type="button" class="quiet-button citing-more" onClick={onShowAll}>
            {`Show all ${found.total} in the library`}
          </button>
        ) : (
          <p class="citing-more">{`and ${more} more`}</p>
        ))}
    </div>
  );
}
