import { useContext, useEffect, useState } from 'preact/hooks';
import type { Reference, ReviewSummary } from '../../electron/api/contract.ts';
import { ReferencesContext } from '../references/references-context.ts';

interface Citing {
  byTitle: ReviewSummary[];
  byOutlet: ReviewSummary[];
}

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
      api.findCiting(reviewId ? { ...query, excludeReviewId: reviewId } : query).then(({ reviews }) => reviews);
    Promise.all([title ? find({ title }) : [], container ? find({ outlet: container }) : []]).then(
      ([byTitle, byOutlet]) => current && setCiting({ byTitle, byOutlet }),
      (failure: unknown) => current && setError(`Could not look up other reviews citing this: ${String(failure)}`),
    );
    return () => {
      current = false;
    };
  }, [api, reviewId, title, container]);

  if (!context) return null;
  if (error) return <p class="citing-error">{error}</p>;
  if (!citing || (citing.byTitle.length === 0 && citing.byOutlet.length === 0)) return null;
  return (
    <div class="citing">
      {citing.byTitle.length > 0 && (
        <CitingGroup label="Also cited in" reviews={citing.byTitle} onOpen={context.openReview} />
      )}
      {citing.byOutlet.length > 0 && container && (
        <CitingGroup
          label={`Other reviews citing ${container} (${citing.byOutlet.length})`}
          reviews={citing.byOutlet}
          onOpen={context.openReview}
        />
      )}
    </div>
  );
}

function CitingGroup({
  label,
  reviews,
  onOpen,
}: {
  label: string;
  reviews: ReviewSummary[];
  onOpen: (id: string) => void;
}) {
  return (
    <div class="citing-group">
      <p class="citing-label">{label}</p>
      <ul class="citing-list" aria-label={label}>
        {reviews.map((review) => (
          <li key={review.id}>
            <button type="button" class="quiet-button citing-review" onClick={() => onOpen(review.id)}>
              {review.title}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
