import type { ComponentChildren, RefObject } from 'preact';
import { useRef } from 'preact/hooks';
import type { SearchHit, Snippet } from '../../electron/model/search-hit.ts';
import { formatDate } from '../format/format-date.ts';
import { seriesLabel } from '../format/review-labels.ts';

/** The ranked hits of a full-text search, and what to do when one is chosen. */
export interface SearchResultsProps {
  hits: SearchHit[];
  onOpen: (hit: SearchHit) => void;
  /** Called on ArrowUp from the first result or Escape from any, so the search box can take the focus back. */
  onLeave: () => void;
  /** Takes the first result's button, so the search box can hand the focus to it. */
  firstHit?: RefObject<HTMLButtonElement>;
}

const fieldLabels: Record<SearchHit['field'], string> = {
  title: 'in the title',
  author: 'in the byline',
  series: 'in the series',
  tag: 'in the tags',
  outlet: 'in a cited outlet',
  references: 'in the references',
  body: 'in the text',
  notes: 'in your notes',
};

/**
 * The results in ranked order: title, series and issue, date, where it matched, and the passage with the matched
 * words marked. ArrowDown and ArrowUp move between results, Escape goes back to the box; Enter or a click opens
 * one at the match.
 */
export function SearchResults({ hits, onOpen, onLeave, firstHit }: SearchResultsProps) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (event: KeyboardEvent, index: number) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Escape') return;
    event.preventDefault();
    if (event.key === 'Escape' || (event.key === 'ArrowUp' && index === 0)) {
      onLeave();
      return;
    }
    buttons.current[index + (event.key === 'ArrowDown' ? 1 : -1)]?.focus();
  };
  return (
    <ol class="search-results" aria-label="Search results">
      {hits.map((hit, index) => (
        <li key={hit.review.id}>
          <button
            ref={(button) => {
              buttons.current[index] = button;
              if (index === 0 && firstHit) firstHit.current = button;
            }}
            type="button"
            class="search-hit"
            onClick={() => onOpen(hit)}
            onKeyDown={(event) => move(event, index)}
          >
            <span class="search-hit-title">{hit.review.title}</span>
            <span class="search-hit-meta">
              {[
                seriesLabel(hit.review.series, hit.review.issue),
                hit.review.publishedAt && formatDate(hit.review.publishedAt),
                fieldLabels[hit.field],
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
            {hit.snippet && <span class="search-hit-snippet">{markedSnippet(hit.snippet)}</span>}
          </button>
        </li>
      ))}
    </ol>
  );
}

/** The passage as text nodes, each matched stretch in a <mark>; never parsed as HTML. */
export function markedSnippet({ text, highlights }: Snippet): ComponentChildren[] {
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
