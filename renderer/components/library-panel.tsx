import type { RefObject } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { OffprintBridge } from '../../electron/api/contract.ts';
import type { ReviewSummary } from '../../electron/model/review.ts';
import type { SearchHit } from '../../electron/model/search-hit.ts';
import { useCommand } from '../commands/use-command.ts';
import { countOf } from '../format/import-labels.ts';
import { reviewItems, seriesItems } from '../library/library-items.ts';
import {
  type FilterContext,
  filterReviews,
  hasFilters,
  type LibraryView,
  sortReviews,
} from '../library/library-query.ts';
import { nextReviewId } from '../library/next-review.ts';
import { useHighlightTags } from '../library/use-highlight-tags.ts';
import { useOutletReviews } from '../library/use-outlet-reviews.ts';
import { pendingMatch } from '../reading/pending-for-review.ts';
import { type SearchState, useSearch } from '../search/use-search.ts';
import type { ReviewStatesResult } from '../state/use-review-states.ts';
import { LibraryControls } from './library-controls.tsx';
import { LibraryList } from './library-list.tsx';
import { SearchResults } from './search-results.tsx';

/** Every review in the archive, what the reader did with them, which one is open, and the library's view. */
export interface LibraryPanelProps {
  api: Pick<
    OffprintBridge,
    'listOutlets' | 'listCitingIds' | 'search' | 'getSearchStatus' | 'subscribe' | 'listAllNotes'
  >;
  reviews: ReviewSummary[];
  states: ReviewStatesResult;
  selectedId: string | undefined;
  onOpen: (id: string) => void;
  view: LibraryView;
  onViewChange: (view: LibraryView) => void;
  /** Takes the outlet filter's select, for the app to move the focus there. */
  outletSelect?: RefObject<HTMLSelectElement>;
}

/**
 * The library: search, sort and filter controls over the windowed list; j and k open the next and previous
 * review, / goes to the search box. Once the search index is ready, typing there runs the full-text search and
 * its ranked results take the list's place; until then the text filters titles, series and authors.
 */
export function LibraryPanel({
  api,
  reviews,
  states,
  selectedId,
  onOpen,
  view,
  onViewChange,
  outletSelect,
}: LibraryPanelProps) {
  const [text, setText] = useState('');
  const searchBox = useRef<HTMLInputElement>(null);
  const firstHit = useRef<HTMLButtonElement>(null);
  const outlet = useOutletReviews(api, view.filters.outlet, reviews);
  const highlightTags = useHighlightTags(api);
  const context = useMemo<FilterContext>(
    () => ({ states: states.states, outletIds: outlet.ids, text, highlightTags: highlightTags.byReview }),
    [states.states, outlet.ids, text, highlightTags.byReview],
  );
  const items = useMemo(() => {
    const shown = filterReviews(reviews, view.filters, context);
    return view.bySeries ? seriesItems(shown) : reviewItems(sortReviews(shown, view.sort));
  }, [reviews, view, context]);
  const search = useSearch(api, text);
  const hits = useMemo(() => {
    if (!search.result) return undefined;
    const allowed = new Set(
      filterReviews(
        search.result.value.hits.map((hit) => hit.review),
        view.filters,
        { ...context, text: '' },
      ).map((review) => review.id),
    );
    return search.result.value.hits.filter((hit) => allowed.has(hit.review.id));
  }, [search.result, view.filters, context]);
  const openHit = (hit: SearchHit) => {
    if (hit.match) pendingMatch.request(hit.review.id, hit.match);
    onOpen(hit.review.id);
  };
  const onSearchKey = (event: KeyboardEvent) => {
    if (!hits || hits.length === 0) return;
    const first = firstHit.current;
    if (event.key === 'ArrowDown' && first) {
      event.preventDefault();
      first.focus();
    } else if (event.key === 'Enter' && hits[0]) {
      event.preventDefault();
      openHit(hits[0]);
    }
  };

  const openNext = (step: 1 | -1) => {
    const id = nextReviewId(items, selectedId, step);
    if (id !== undefined) onOpen(id);
    return id !== undefined;
  };
  useCommand('next-review', () => openNext(1));
  useCommand('previous-review', () => openNext(-1));
  useCommand('focus-search', () => {
    searchBox.current?.focus();
    searchBox.current?.select();
    return searchBox.current !== null;
  });

  if (reviews.length === 0) return <p class="pane-note">No reviews yet.</p>;
  const filtered = hasFilters(view.filters) || text.trim() !== '';
  const problem = states.error ?? outlet.error ?? highlightTags.error;
  return (
    <>
      <LibraryControls
        reviews={reviews}
        view={view}
        context={context}
        onChange={onViewChange}
        onTextChange={setText}
        onSearchKey={onSearchKey}
        searchBox={searchBox}
        outlets={{ api, select: outletSelect }}
      />
      {problem && (
        <p class="load-error" role="alert">
          {problem}
        </p>
      )}
      <SearchNotes search={search} text={text} />
      {hits && search.result ? (
        <>
          <p class="library-count" aria-live="polite">
            {search.result.value.total > search.result.value.hits.length
              ? `The best ${hits.length} of ${search.result.value.total} matching reviews`
              : `${hits.length} of ${countOf(reviews.length, 'review')}`}
          </p>
          {hits.length === 0 ? (
            <p class="pane-note">No reviews match this search.</p>
          ) : (
            <SearchResults
              hits={hits}
              onOpen={openHit}
              firstHit={firstHit}
              onLeave={() => searchBox.current?.focus()}
            />
          )}
        </>
      ) : (
        <>
          <p class="library-count" aria-live="polite">
            {filtered
              ? `${countReviews(items)} of ${countOf(reviews.length, 'review')}`
              : countOf(reviews.length, 'review')}
          </p>
          {items.length === 0 ? (
            <p class="pane-note">
              {view.filters.outlet !== '' && !outlet.ids && !outlet.error
                ? 'Finding the reviews that cite this outlet…'
                : 'No reviews match these filters.'}
            </p>
          ) : (
            <LibraryList items={items} selectedId={selectedId} onOpen={onOpen} states={states.states} />
          )}
        </>
      )}
    </>
  );
}

/** While the index is built, how far it is; otherwise what was wrong with the query or the search, in one line. */
function SearchNotes({ search, text }: { search: SearchState; text: string }) {
  const { status, result, error } = search;
  if (error)
    return (
      <p class="load-error" role="alert">
        {error}
      </p>
    );
  if (status && !status.ready && status.total > 0) {
    return (
      <p class="search-status" aria-live="polite">
        {`Indexing ${status.indexed.toLocaleString('en')} of ${countOf(status.total, 'review')}…`}
      </p>
    );
  }
  const problems = text.trim() !== '' ? (result?.value.problems ?? []) : [];
  return problems.length > 0 ? <p class="search-status search-problem">{problems.join(' ')}</p> : null;
}

function countReviews(items: ReturnType<typeof reviewItems>): number {
  return items.reduce((count, item) => (item.kind === 'review' ? count + 1 : count), 0);
}
