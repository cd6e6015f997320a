import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { OffprintBridge } from '../../electron/api/contract.ts';
import type { NoteEntry } from '../../electron/model/note.ts';
import { CommandsContext } from '../commands/use-command.ts';
import { errorSentence } from '../format/error-sentence.ts';
import { formatDate } from '../format/format-date.ts';
import { seriesLabel } from '../format/review-labels.ts';
import { plainExcerpt, truncateText } from '../notes/note-excerpt.ts';
import {
  filterNotes,
  hasNoteFilters,
  type NoteFacet,
  type NoteFilters,
  noNoteFilters,
  noteFacetOptions,
  noteFacets,
  noteFacetTotal,
  noteKind,
} from '../notes/note-filter.ts';
import { pendingReveal } from '../reading/pending-for-review.ts';
import { CountedSelect } from './counted-select.tsx';
import { matchDialog } from './modal-dialog.ts';

/** What the all-notes dialog needs: the API, whether it is open, and what to do on closing or picking a review. */
export interface AllNotesViewProps {
  api: Pick<OffprintBridge, 'listAllNotes' | 'subscribe'>;
  open: boolean;
  onClose: () => void;
  onOpenReview: (id: string) => void;
}

const facetLabels: Record<NoteFacet, { label: string; all: string }> = {
  kind: { label: 'Kind', all: 'All kinds' },
  color: { label: 'Colour', all: 'All colours' },
  tag: { label: 'Tag', all: 'All tags' },
  series: { label: 'Series', all: 'All series' },
};
const kindLabels: Record<string, string> = { highlight: 'Highlights', note: 'Notes' };
const pageSize = 100;

/**
 * A dialog listing every note and highlight in the archive, newest first, with filters on kind, colour, tag and
 * series and a text search; picking one opens its review at the highlight, or at the note editor.
 */
export function AllNotesView({ api, open, onClose, onOpenReview }: AllNotesViewProps) {
  const commands = useContext(CommandsContext);
  const dialog = useRef<HTMLDialogElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const [entries, setEntries] = useState<NoteEntry[]>();
  const [filters, setFilters] = useState<NoteFilters>(noNoteFilters);
  const [limit, setLimit] = useState(pageSize);
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!matchDialog(dialog.current, open)) return;
    title.current?.focus();
    let latest = 0;
    const reload = () => {
      const call = ++latest;
      api.listAllNotes({}).then(
        (found) => {
          if (call !== latest) return;
          setEntries(found.entries);
          setError(undefined);
        },
        (failure: unknown) => call === latest && setError(errorSentence('list the notes in the archive', failure)),
      );
    };
    reload();
    const unsubscribe = api.subscribe((event) => {
      if (event.type === 'notes-changed' || event.type === 'review-changed' || event.type === 'review-removed') {
        reload();
      }
    });
    return () => {
      latest = -1;
      unsubscribe();
    };
  }, [api, open]);

  const shown = useMemo(() => filterNotes(entries ?? [], filters), [entries, filters]);
  const setFilter = (change: Partial<NoteFilters>) => {
    setFilters({ ...filters, ...change });
    setLimit(pageSize);
  };

  const openEntry = ({ note, review }: NoteEntry) => {
    // Closing first puts focus back where it was, so the highlight or the note editor can take it after.
    dialog.current?.close();
    onOpenReview(review.id);
    if (note.kind === 'highlight') pendingReveal.request(review.id, note.id);
    // Two frames: once the notes panel has switched to the review and the review is laid out.
    else requestAnimationFrame(() => requestAnimationFrame(() => commands?.run('focus-note')));
  };

  return (
    <dialog ref={dialog} class="all-notes-view" aria-label="All notes" onClose={onClose}>
      <header class="all-notes-header">
        <h2 ref={title} tabIndex={-1}>
          All notes
        </h2>
        <button type="button" class="quiet-button" onClick={onClose}>
          Close
        </button>
      </header>
      <fieldset class="all-notes-filters">
        <legend class="visually-hidden">Filters</legend>
        {noteFacets.map((facet) => (
          <FacetSelect
            key={facet}
            facet={facet}
            entries={entries ?? []}
            filters={filters}
            onChange={(value) => setFilter({ [facet]: value })}
          />
        ))}
        <label class="all-notes-control all-notes-search">
          <span>Search</span>
          <input
            type="search"
            aria-label="Search notes"
            value={filters.text}
            placeholder="Words in notes, quotes, tags or titles"
            onInput={(event) => setFilter({ text: event.currentTarget.value })}
          />
        </label>
        {hasNoteFilters(filters) && (
          <button type="button" class="quiet-button" onClick={() => setFilter(noNoteFilters)}>
            Clear filters
          </button>
        )}
      </fieldset>
      {error && (
        <p class="load-error" role="alert">
          {error}
        </p>
      )}
      {entries && (
        <p class="all-notes-count" role="status">
          {`${shown.length} of ${entries.length} ${entries.length === 1 ? 'note' : 'notes'}`}
        </p>
      )}
      {entries?.length === 0 && (
        <p class="pane-note">
          No notes or highlights yet: write a note beside a review, or select a passage in it to highlight it.
        </p>
      )}
      {entries && entries.length > 0 && shown.length === 0 && (
        <p class="pane-note">No note or highlight matches these filters.</p>
      )}
      {shown.length > 0 && (
        <ul class="all-notes-list" aria-label="Notes and highlights">
          {shown.slice(0, limit).map((entry) => (
            <li key={entry.note.id}>
              <NoteEntryButton entry={entry} onOpen={openEntry} />
            </li>
          ))}
        </ul>
      )}
      {shown.length > limit && (
        <button type="button" class="quiet-button" onClick={() => setLimit(limit + pageSize)}>
          {`Show ${Math.min(pageSize, shown.length - limit)} more`}
        </button>
      )}
    </dialog>
  );
}

interface FacetSelectProps {
  facet: NoteFacet;
  entries: NoteEntry[];
  filters: NoteFilters;
  onChange: (value: string) => void;
}

function FacetSelect({ facet, entries, filters, onChange }: FacetSelectProps) {
  const { label, all } = facetLabels[facet];
  const options = useMemo(
    () =>
      noteFacetOptions(entries, filters, facet).map((option) => ({
        ...option,
        label: optionLabel(facet, option.value),
      })),
    [entries, filters, facet],
  );
  const total = useMemo(() => noteFacetTotal(entries, filters, facet), [entries, filters, facet]);
  if (options.length === 0 && facet !== 'kind') return null;
  return (
    <CountedSelect
      className="all-notes-control"
      label={label}
      all={all}
      total={total}
      options={options}
      value={filters[facet]}
      onChange={onChange}
    />
  );
}

function optionLabel(facet: NoteFacet, value: string): string {
  if (facet === 'kind') return kindLabels[value] ?? value;
  return facet === 'color' ? capitalize(value) : value;
}

interface NoteEntryButtonProps {
  entry: NoteEntry;
  onOpen: (entry: NoteEntry) => void;
}

/** One entry: its review, kind and colour in words, the quote or note, the comment, the tags and the date. */
function NoteEntryButton({ entry, onOpen }: NoteEntryButtonProps) {
  const { note, review } = entry;
  const highlight = noteKind(entry) === 'highlight';
  const color = note.color ?? 'yellow';
  const series = seriesLabel(review.series, review.issue);
  const comment = highlight ? plainExcerpt(note.body) : '';
  const tags = note.tags ?? [];
  return (
    <button
      type="button"
      class={`all-notes-entry${highlight ? ` all-notes-entry-${color}` : ''}`}
      onClick={() => onOpen(entry)}
    >
      <span class="all-notes-review">
        <span class="all-notes-title">{review.title}</span>
        {series && <span class="all-notes-series">{series}</span>}
      </span>
      <span class="all-notes-meta">
        <span class="all-notes-kind">{highlight ? `${capitalize(color)} highlight` : 'Note'}</span>
        {' · '}
        <time dateTime={note.updatedAt}>{formatDate(note.updatedAt)}</time>
      </span>
      {highlight ? (
        <span class="all-notes-quote">{`“${truncateText(note.selector?.quote.exact ?? '')}”`}</span>
      ) : (
        <span class="all-notes-text">{plainExcerpt(note.body)}</span>
      )}
      {comment && <span class="all-notes-comment">{comment}</span>}
      {tags.length > 0 && <span class="all-notes-tags">{`Tags: ${tags.join(', ')}`}</span>}
    </button>
  );
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
