import { useEffect, useRef, useState } from 'preact/hooks';
import type { OffprintBridge } from '../../electron/api/contract.ts';
import type { HighlightColor, Note } from '../../electron/model/note.ts';
import { errorSentence } from '../format/error-sentence.ts';
import { highlightCardRequests } from '../highlights/highlight-card-requests.ts';
import { revealHighlight } from '../highlights/reveal-highlight.ts';
import { highlightColors } from './highlight-toolbar.tsx';

/** One highlight of the open review, whether the article could find it, and how to delete it. */
export interface HighlightItemProps {
  api: OffprintBridge;
  highlight: Note;
  orphaned: boolean;
  onDelete: (highlight: Note) => void;
}

const saveDelayMs = 400;
const excerptLength = 160;

/**
 * A highlight in the notes panel: its quote (a link to it in the article), colour, comment, tags and delete action.
 * It scrolls into view and takes the focus when its mark in the article is chosen.
 */
export function HighlightItem({ api, highlight, orphaned, onDelete }: HighlightItemProps) {
  const card = useRef<HTMLLIElement>(null);
  const [comment, setComment] = useState(highlight.body);
  const [tagText, setTagText] = useState((highlight.tags ?? []).join(', '));
  const [error, setError] = useState<string>();
  const dirty = useRef(false);
  const latest = useRef(highlight.body);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const quote = highlight.selector?.quote.exact ?? '';
  const [color, setColor] = useState<HighlightColor>(highlight.color ?? 'yellow');

  useEffect(() => setColor(highlight.color ?? 'yellow'), [highlight.color]);

  useEffect(
    () =>
      highlightCardRequests.onRequest((id) => {
        if (id !== highlight.id || !card.current) return;
        card.current.scrollIntoView({ block: 'nearest' });
        card.current.focus({ preventScroll: true });
      }),
    [highlight.id],
  );

  useEffect(() => {
    if (dirty.current) return;
    latest.current = highlight.body;
    setComment(highlight.body);
  }, [highlight.body]);

  const save = (body: string, tags: string[] = tagsFrom(tagText), chosen: HighlightColor = color) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!highlight.selector) return;
    const input = { reviewId: highlight.reviewId, id: highlight.id, selector: highlight.selector, color: chosen, body };
    api.saveHighlight({ ...input, tags }).then(
      () => {
        // Text typed while this save was under way stays unsaved until its own save.
        if (!timer.current && latest.current === body) dirty.current = false;
        setError(undefined);
      },
      (failure: unknown) => setError(errorSentence('save this highlight', failure)),
    );
  };

  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <li class={`highlight-item highlight-item-${color}`} ref={card} tabIndex={-1}>
      <button type="button" class="highlight-quote" disabled={orphaned} onClick={() => revealHighlight(highlight.id)}>
        <span class="visually-hidden">{`${color} highlight: `}</span>
        {quote.length > excerptLength ? `${quote.slice(0, excerptLength)}…` : quote}
      </button>
      {orphaned && (
        <p class="highlight-orphaned">
          <strong>orphaned</strong>: this text is no longer in the review.
        </p>
      )}
      <fieldset class="highlight-colors">
        <legend class="visually-hidden">Highlight colour</legend>
        {highlightColors.map((choice) => (
          <input
            type="radio"
            key={choice}
            class={`highlight-color highlight-${choice}`}
            name={`highlight-color-${highlight.id}`}
            aria-label={choice}
            title={choice}
            checked={choice === color}
            onChange={() => {
              setColor(choice);
              save(latest.current, tagsFrom(tagText), choice);
            }}
          />
        ))}
      </fieldset>
      <label class="highlight-field-label" for={`highlight-comment-${highlight.id}`}>
        Comment<span class="visually-hidden"> on highlight</span>
      </label>
      <textarea
        id={`highlight-comment-${highlight.id}`}
        class="highlight-comment"
        rows={2}
        value={comment}
        onInput={(event) => {
          const body = event.currentTarget.value;
          dirty.current = true;
          latest.current = body;
          setComment(body);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => save(body), saveDelayMs);
        }}
        onBlur={() => {
          if (timer.current) save(comment);
        }}
      />
      <input
        class="highlight-tags"
        aria-label="Highlight tags, separated by commas"
        placeholder="Tags"
        value={tagText}
        onInput={(event) => setTagText(event.currentTarget.value)}
        onChange={(event) => save(latest.current, tagsFrom(event.currentTarget.value))}
      />
      {error && (
        <p class="load-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" class="quiet-button" onClick={() => onDelete(highlight)}>
        Delete highlight
      </button>
    </li>
  );
}

/** The tags typed into the tags field: comma-separated, trimmed, without empty ones or repeats. */
function tagsFrom(typed: string): string[] {
  return [...new Set(typed.split(',').map((tag) => tag.trim()))].filter((tag) => tag !== '').slice(0, 200);
}
