import type { RefObject } from 'preact';
import { useMemo } from 'preact/hooks';
import type { ReviewSummary } from '../../electron/model/review.ts';
import {
  type FilterContext,
  facetOptions,
  hasFilters,
  type LibraryFacet,
  type LibraryFilters,
  type LibrarySort,
  type LibraryToggle,
  type LibraryView,
  noFilters,
  toggleCount,
} from '../library/library-query.ts';
import { CountedSelect } from './counted-select.tsx';
import { OutletFilter, type OutletFilterProps } from './outlet-filter.tsx';

/** The whole library (for the counts), the current view, and how to change it. */
export interface LibraryControlsProps {
  reviews: ReviewSummary[];
  view: LibraryView;
  context: FilterContext;
  onChange: (view: LibraryView) => void;
  onTextChange: (text: string) => void;
  /** Keys pressed in the search box besides Escape (arrows and Enter reach the search results). */
  onSearchKey?: (event: KeyboardEvent) => void;
  /** Takes the search box, so the / key can move the focus there. */
  searchBox?: RefObject<HTMLInputElement>;
  outlets: Omit<OutletFilterProps, 'value' | 'onChange'>;
}

const facetLabels: Record<LibraryFacet, { label: string; all: string }> = {
  series: { label: 'Series', all: 'All series' },
  author: { label: 'Author', all: 'All authors' },
  tag: { label: 'Tag', all: 'All tags' },
};

const toggleLabels: Record<LibraryToggle, string> = {
  hasNotes: 'Has notes',
  unread: 'Unread',
};

const sortLabels: Record<LibrarySort, string> = {
  published: 'Published (newest first)',
  title: 'Title',
  added: 'Date added (newest first)',
};

/**
 * The search box, the sort, the series/author/tag/outlet filters and the has-notes and unread toggles with their
 * counts, the series-view toggle and "Clear filters".
 */
export function LibraryControls({
  reviews,
  view,
  context,
  onChange,
  onTextChange,
  onSearchKey,
  searchBox,
  outlets,
}: LibraryControlsProps) {
  const setFilters = (change: Partial<LibraryFilters>) =>
    onChange({ ...view, filters: { ...view.filters, ...change } });
  const counted: CountedFilterProps = { reviews, filters: view.filters, context };
  return (
    <div class="library-controls">
      <input
        ref={searchBox}
        type="search"
        class="library-search"
        aria-label="Search the library"
        placeholder="Search text, notes, authors, outlets (/)"
        value={context.text}
        onInput={(event) => onTextChange(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && event.currentTarget.value !== '') {
            event.preventDefault();
            onTextChange('');
            return;
          }
          onSearchKey?.(event);
        }}
      />
      <label class="library-control">
        <span>Sort</span>
        <select
          aria-label="Sort"
          value={view.sort}
          disabled={view.bySeries}
          onChange={(event) => onChange({ ...view, sort: event.currentTarget.value as LibrarySort })}
        >
          {(Object.keys(sortLabels) as LibrarySort[]).map((sort) => (
            <option key={sort} value={sort}>
              {sortLabels[sort]}
            </option>
          ))}
        </select>
      </label>
      {(Object.keys(facetLabels) as LibraryFacet[]).map((facet) => (
        <FacetSelect key={facet} facet={facet} {...counted} onChange={(value) => setFilters({ [facet]: value })} />
      ))}
      <OutletFilter {...outlets} value={view.filters.outlet} onChange={(outlet) => setFilters({ outlet })} />
      <div class="library-toggles">
        {(Object.keys(toggleLabels) as LibraryToggle[]).map((toggle) => (
          <ToggleFilter key={toggle} toggle={toggle} {...counted} onChange={(on) => setFilters({ [toggle]: on })} />
        ))}
      </div>
      <div class="library-control-row">
        <label class="library-toggle">
          <input
            type="checkbox"
            checked={view.bySeries}
            onChange={(event) => onChange({ ...view, bySeries: event.currentTarget.checked })}
          />
          By series
        </label>
        {hasFilters(view.filters) && (
          <button type="button" class="quiet-button" onClick={() => onChange({ ...view, filters: noFilters })}>
            Clear filters
          </button>
        )}
      </div>
    </div>
  );
}

/** What every counted filter counts in: the whole library, the filters set and the search context. */
interface CountedFilterProps {
  reviews: ReviewSummary[];
  filters: LibraryFilters;
  context: FilterContext;
}

interface FacetSelectProps extends CountedFilterProps {
  facet: LibraryFacet;
  onChange: (value: string) => void;
}

function FacetSelect({ facet, reviews, filters, context, onChange }: FacetSelectProps) {
  const { label, all } = facetLabels[facet];
  const options = useMemo(() => facetOptions(reviews, filters, facet, context), [reviews, filters, facet, context]);
  if (options.length === 0) return null;
  return (
    <CountedSelect
      className="library-control"
      label={label}
      all={all}
      total={options.length}
      options={options}
      value={filters[facet]}
      onChange={onChange}
    />
  );
}

interface ToggleFilterProps extends CountedFilterProps {
  toggle: LibraryToggle;
  onChange: (on: boolean) => void;
}

function ToggleFilter({ toggle, reviews, filters, context, onChange }: ToggleFilterProps) {
  const count = useMemo(() => toggleCount(reviews, filters, toggle, context), [reviews, filters, toggle, context]);
  const label = `${toggleLabels[toggle]} (${context.states ? count : '…'})`;
  return (
    <label class="library-toggle">
      <input
        type="checkbox"
        checked={filters[toggle]}
        disabled={!context.states}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      {label}
    </label>
  );
}
