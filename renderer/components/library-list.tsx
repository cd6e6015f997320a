import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ReviewSummary } from '../../electron/model/review.ts';
import type { ReviewState } from '../../electron/model/review-state.ts';
import { formatDate } from '../format/format-date.ts';
import { authorNames, seriesLabel } from '../format/review-labels.ts';
import type { LibraryItem } from '../library/library-items.ts';
import { scrollTopFor, visibleRange } from '../library/visible-range.ts';

/** The height of every line of the list in CSS pixels; library.css sizes rows to match. */
export const rowHeight = 80;
const overscan = 30;

/** The lines to list, which review is open, and what opening one does. */
export interface LibraryListProps {
  items: LibraryItem[];
  selectedId: string | undefined;
  onOpen: (id: string) => void;
  /** Each review's counts and read mark; undefined while loading (rows then show neither). */
  states: ReadonlyMap<string, ReviewState> | undefined;
}

const moves: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index, count) => Math.min(index + 1, count - 1),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_index, count) => count - 1,
  PageDown: (index, count) => Math.min(index + 10, count - 1),
  PageUp: (index) => Math.max(index - 10, 0),
};

/**
 * The library as a windowed list: only the lines in view (and a margin) are in the DOM, so 50,000 reviews scroll
 * smoothly. It is one Tab stop; arrow keys, Page Up/Down, Home and End move between reviews, Enter opens one.
 */
export function LibraryList({ items, selectedId, onOpen, states }: LibraryListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });
  const [focusedId, setFocusedId] = useState<string>();
  const pendingFocus = useRef<string>();

  const reviewIndexes = useMemo(() => items.flatMap((item, index) => (item.kind === 'review' ? [index] : [])), [items]);
  const indexOf = (id: string | undefined) => items.findIndex((item) => item.kind === 'review' && item.key === id);
  const tabStopIndex = [indexOf(focusedId), indexOf(selectedId)].find((index) => index >= 0) ?? reviewIndexes[0];

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setView({ top: element.scrollTop, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // The same rows rebuilt (a count or a tag list reloaded) are no new order: the reader's scroll stays where it is.
  const order = useMemo(() => items.map((item) => item.key).join('\n'), [items]);
  useEffect(() => {
    const element = scroller.current;
    const index = indexOf(selectedId);
    if (!element) return;
    // A new order or filter shows the open review, or starts from the top when it is not in the list.
    element.scrollTop = index < 0 ? 0 : scrollTopFor(index, element.scrollTop, element.clientHeight, rowHeight);
  }, [selectedId, order]);

  useEffect(() => {
    if (pendingFocus.current === undefined) return;
    const row = scroller.current?.querySelector<HTMLButtonElement>(`button[data-review-id="${pendingFocus.current}"]`);
    // An effect of an earlier render may run first, before the row is drawn; the row's own render focuses it then.
    if (!row) return;
    pendingFocus.current = undefined;
    row.focus();
  });

  const move = (event: KeyboardEvent) => {
    const step = moves[event.key];
    const element = scroller.current;
    if (!step || !element || reviewIndexes.length === 0) return;
    event.preventDefault();
    const here = reviewIndexes.indexOf(tabStopIndex ?? -1);
    const target = reviewIndexes[step(Math.max(here, 0), reviewIndexes.length)];
    const item = target === undefined ? undefined : items[target];
    if (target === undefined || item?.kind !== 'review') return;
    element.scrollTop = scrollTopFor(target, element.scrollTop, element.clientHeight, rowHeight);
    pendingFocus.current = item.key;
    setFocusedId(item.key);
    setView({ top: element.scrollTop, height: element.clientHeight });
  };

  const range = visibleRange(view.top, view.height, rowHeight, items.length, overscan);
  const shown = new Set<number>();
  for (let index = range.start; index < range.end; index++) shown.add(index);
  // The Tab stop stays in the DOM even when scrolled away, so Tab still lands on it.
  if (tabStopIndex !== undefined) shown.add(tabStopIndex);

  return (
    <div
      class="library-scroller"
      ref={scroller}
      onScroll={(event) => setView({ top: event.currentTarget.scrollTop, height: event.currentTarget.clientHeight })}
    >
      <ul
        class="library-rows"
        aria-label="Reviews"
        style={{ height: `${items.length * rowHeight}px` }}
        onKeyDown={move}
      >
        {[...shown]
          .sort((a, b) => a - b)
          .map((index) => {
            const item = items[index];
            if (!item) return null;
            return (
              <li
                key={item.key}
                class={`library-line library-${item.kind}`}
                style={{ top: `${index * rowHeight}px` }}
                aria-setsize={items.length}
                aria-posinset={index + 1}
              >
                {item.kind === 'review' ? (
                  <button
                    type="button"
                    class="review-row"
                    data-review-id={item.key}
                    aria-current={item.key === selectedId ? 'true' : undefined}
                    tabIndex={index === tabStopIndex ? 0 : -1}
                    onClick={() => onOpen(item.key)}
                    onFocus={() => setFocusedId(item.key)}
                  >
                    <ReviewRowText review={item.review} state={states && (states.get(item.key) ?? unread)} />
                  </button>
                ) : (
                  <SeriesLineText item={item} />
                )}
              </li>
            );
          })}
      </ul>
    </div>
  );
}

function SeriesLineText({ item }: { item: Exclude<LibraryItem, { kind: 'review' }> }) {
  if (item.kind === 'gap') return <p class="library-gap">{item.label}</p>;
  return (
    <h3 class="library-series-heading">
      {item.label} <span class="library-series-count">({item.count})</span>
    </h3>
  );
}

const unread: Omit<ReviewState, 'id'> = { notes: 0, highlights: 0 };

function ReviewRowText({ review, state }: { review: ReviewSummary; state: Omit<ReviewState, 'id'> | undefined }) {
  const series = seriesLabel(review.series, review.issue);
  const authors = authorNames(review.authors);
  const counts = state ? countLabels(state) : [];
  return (
    <>
      <span class="review-row-head">
        {state && !state.readAt && (
          <span class="unread-mark" title="Unread">
            <span class="visually-hidden">Unread: </span>
          </span>
        )}
        <span class="review-row-title">{review.title}</span>
      </span>
      <span class="review-row-series">{series}</span>
      <span class="review-row-meta">
        {counts.length > 0 && <span class="review-row-counts">{counts.join(' · ')}</span>}
        {review.publishedAt && <time dateTime={review.publishedAt}>{formatDate(review.publishedAt)}</time>}
        {review.publishedAt && authors && ' · '}
        {authors}
      </span>
    </>
  );
}

/** "2 notes", "1 highlight": the counts a row shows, leaving out zeros. */
function countLabels({ notes, highlights }: Omit<ReviewState, 'id'>): string[] {
  const labels: string[] = [];
  if (notes > 0) labels.push(`${notes} ${notes === 1 ? 'note' : 'notes'}`);
  if (highlights > 0) labels.push(`${highlights} ${highlights === 1 ? 'highlight' : 'highlights'}`);
  return labels;
}
