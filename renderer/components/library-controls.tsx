import { useMemo } from 'preact/hooks';
import type { ReviewSummary } from '../../electron/api/contract.ts';
import {
  facetOptions,
  facetTotal,
  hasFilters,
  type LibraryFacet,
  type LibraryFilters,
  type LibrarySort,
  noFilters,
} from '../library/library-query.ts';

/** What the library shows: the order, the filters, and whether reviews are grouped by series. */
export interface LibraryView {
  sort: LibrarySort;
  filters: LibraryFilters;
  bySeries: boolean;
}

/** The whole library (for the counts), the current view, and how to change it. */
export interface LibraryControlsProps {
  reviews: ReviewSummary[];
  view: LibraryView;
  onChange: (view: LibraryView) => void;
}

const facetLabels: Record<LibraryFacet, { label: string; all: string }> = {
  series: { label: 'Series', all: 'All series' },
  author: { label: 'Author', all: 'All authors' },
  tag: { label: 'Tag', all: 'All tags' },
};

const sortLabels: Record<LibrarySort, string> = {
  published: 'Published (newest first)',
  title: 'Title',
  added: 'Date added (newest first)',
};

/** The sort, the series/author/tag filters with their counts, the series-view toggle and "Clear filters". */
export function LibraryControls({ reviews, view, onChange }: LibraryControlsProps) {
  const setFilter = (facet: LibraryFacet, value: string) =>
    onChange({ ...view, filters: { ...view.filters, [facet]: value } });
  return (
    <div class="library-controls">
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
          onChange={(value) => setFilter(facet, value)}
        />
      ))}
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
  onChange: (value: string) => void;
}

function FacetSelect({ facet, reviews, filters, onChange }: FacetSelectProps) {
  const { label, all } = facetLabels[facet];
  const options = useMemo(() => facetOptions(reviews, filters, facet), [reviews, filters, facet]);
  const total = useMemo(() => facetTotal(reviews, filters, facet), [reviews, filters, facet]);
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
