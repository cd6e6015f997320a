import { useRef, useState } from 'preact/hooks';
import type { ReviewSummary } from '../../electron/api/contract.ts';
import { formatDate } from '../format/format-date.ts';
import { authorNames, seriesLabel } from '../format/review-labels.ts';

/** The reviews to list, which one is open, and what opening one does. */
export interface LibraryListProps {
  reviews: ReviewSummary[];
  selectedId: string | undefined;
  onOpen: (id: string) => void;
}

const moves: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index, count) => Math.min(index + 1, count - 1),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * The list of reviews as one Tab stop: arrow keys, Home and End move between rows, Enter or Space opens one.
 * It renders every row; a windowed list can replace it behind the same props.
 */
export function LibraryList({ reviews, selectedId, onOpen }: LibraryListProps) {
  const list = useRef<HTMLUListElement>(null);
  const [focusedId, setFocusedId] = useState<string>();
  const tabStop = [focusedId, selectedId].find((id) => reviews.some((review) => review.id === id)) ?? reviews[0]?.id;

  const move = (event: KeyboardEvent) => {
    const step = moves[event.key];
    const rows = [...(list.current?.querySelectorAll<HTMLButtonElement>('button.review-row') ?? [])];
    if (!step || rows.length === 0) return;
    event.preventDefault();
    const current = event.target instanceof HTMLButtonElement ? rows.indexOf(event.target) : -1;
    rows[step(Math.max(current, 0), rows.length)]?.focus();
  };

  if (reviews.length === 0) return <p class="pane-note">No reviews yet.</p>;
  return (
    <ul class="review-list" aria-label="Reviews" ref={list} onKeyDown={move}>
      {reviews.map((review) => (
        <li key={review.id}>
          <button
            type="button"
            class="review-row"
            aria-current={review.id === selectedId ? 'true' : undefined}
            tabIndex={review.id === tabStop ? 0 : -1}
            onClick={() => onOpen(review.id)}
            onFocus={() => setFocusedId(review.id)}
          >
            <ReviewRowText review={review} />
          </button>
        </li>
      ))}
    </ul>
  );
}

function ReviewRowText({ review }: { review: ReviewSummary }) {
  const series = seriesLabel(review.series, review.issue);
  const authors = authorNames(review.authors);
  return (
    <>
      <span class="review-row-title">{review.title}</span>
      {series && <span class="review-row-series">{series}</span>}
      {(review.publishedAt || authors) && (
        <span class="review-row-meta">
          {review.publishedAt && <time dateTime={review.publishedAt}>{formatDate(review.publishedAt)}</time>}
          {review.publishedAt && authors && ' · '}
          {authors}
        </span>
      )}
    </>
  );
}
