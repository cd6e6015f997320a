import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ReviewSummary } from '../../electron/api/contract.ts';
import { reviewItems, seriesItems } from '../library/library-items.ts';
import { filterReviews, hasFilters, noFilters, sortReviews } from '../library/library-query.ts';
import { isTypingTarget, nextReviewId } from '../library/next-review.ts';
import { LibraryControls, type LibraryView } from './library-controls.tsx';
import { LibraryList } from './library-list.tsx';

/** Every review in the archive, which one is open, and what opening one does. */
export interface LibraryPanelProps {
  reviews: ReviewSummary[];
  selectedId: string | undefined;
  onOpen: (id: string) => void;
}

const initialView: LibraryView = { sort: 'published', filters: noFilters, bySeries: false };

/** The library: sort and filter controls over the windowed list; j and k open the next and previous review. */
export function LibraryPanel({ reviews, selectedId, onOpen }: LibraryPanelProps) {
  const [view, setView] = useState(initialView);
  const items = useMemo(() => {
    const shown = filterReviews(reviews, view.filters);
    return view.bySeries ? seriesItems(shown) : reviewItems(sortReviews(shown, view.sort));
  }, [reviews, view]);

  // Read at key time: an effect re-subscribes only after paint, and j pressed in between would move from the
  // review that was open before.
  const latest = useRef({ items, selectedId, onOpen });
  latest.current = { items, selectedId, onOpen };
  useEffect(() => {
    const openNeighbour = (event: KeyboardEvent) => {
      if (event.key !== 'j' && event.key !== 'k') return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTypingTarget(event.target)) return;
      const current = latest.current;
      const id = nextReviewId(current.items, current.selectedId, event.key === 'j' ? 1 : -1);
      if (id === undefined) return;
      event.preventDefault();
      current.onOpen(id);
    };
    document.addEventListener('keydown', openNeighbour);
    return () => document.removeEventListener('keydown', openNeighbour);
  }, []);

  if (reviews.length === 0) return <p class="pane-note">No reviews yet.</p>;
  return (
    <>
      <LibraryControls reviews={reviews} view={view} onChange={setView} />
      <p class="library-count" aria-live="polite">
        {hasFilters(view.filters) ? `${countReviews(items)} of ${reviews.length} reviews` : `${reviews.length} reviews`}
      </p>
      {items.length === 0 ? (
        <p class="pane-note">No reviews match these filters.</p>
      ) : (
        <LibraryList items={items} selectedId={selectedId} onOpen={onOpen} />
      )}
    </>
  );
}

function countReviews(items: ReturnType<typeof reviewItems>): number {
  return items.reduce((count, item) => (item.kind === 'review' ? count + 1 : count), 0);
}
