import { useMemo } from 'preact/hooks';
import type { ReviewSummary } from '../../electron/model/review.ts';
import {
  type FilterContext,
  facetOptions,
  facetTotal,
  hasFilters,
  type LibraryFacet,
  type LibraryFilters,
  type LibrarySort,
  type LibraryToggle,
  type LibraryView,
  noFilters,
  toggleCount,
} from '../library/library-query.ts';
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
  outlets,
}: LibraryControlsProps) {
  const setFilters = (change: Partial<LibraryFilters>) =>
    onChange({ ...view, filters: { ...view.filters, ...change } });
  return (
    <div class="library-controls">
      <input
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
        <FacetSelect
          key={facet}
          facet={facet}
          reviews={reviews}
          filters={view.filters}
          context={context}
          onChange={(value) => setFilters({ [facet]: value })}
        />
      ))}
      <OutletFilter {...outlets} value={view.filters.outlet} onChange={(outlet) => setFilters({ outlet })} />
      <div class="library-toggles">
        {(Object.keys(toggleLabels) as LibraryToggle[]).map((toggle) => (
          <ToggleFilter
            key={toggle}
            toggle={toggle}
            reviews={reviews}
            filters={view.filters}
            context={context}
            onChange={(on) => setFilters({ [toggle]: on })}
          />
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

interface FacetSelectProps {
  facet: LibraryFacet;
  reviews: ReviewSummary[];
  filters: LibraryFilters;
  context: FilterContext;
  onChange: (value: string) => void;
}

function FacetSelect({ facet, reviews, filters, context, onChange }: FacetSelectProps) {
  const { label, all } = facetLabels[facet];
  const options = useMemo(() => facetOptions(reviews, filters, facet, context), [reviews, filters, facet, context]);
  const total = useMemo(() => facetTotal(reviews, filters, facet, context), [reviews, filters, facet, context]);
  if (options.length === 0) return null;
  return (
    <label class="library-control">
      <span>{label}</span>
      <select aria-label={label} value={filters[facet]} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{`${all} (${total})`}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {`${option.value} (${option.count})`}
          </option>
        ))}
      </select>
    </label>
  );
}

interface ToggleFilterProps {
  toggle: LibraryToggle;
  reviews: ReviewSummary[];
  filters: LibraryFilters;
  context: FilterContext;
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
