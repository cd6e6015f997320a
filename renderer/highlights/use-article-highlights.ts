import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { OffprintBridge } from '../../electron/api/contract.ts';
import type { HighlightColor, HighlightSelector, Note } from '../../electron/model/note.ts';
import type { Review } from '../../electron/model/review.ts';
import { useCommand } from '../commands/use-command.ts';
import { errorSentence } from '../format/error-sentence.ts';
import type { ReviewNotes } from '../notes/use-review-notes.ts';
import { pendingReveal } from '../reading/pending-for-review.ts';
import { highlightCardRequests } from './highlight-card-requests.ts';
import { highlightsOf } from './highlight-list.ts';
import { highlightAttribute, paintHighlights } from './highlight-marks.ts';
import { orphanBoard } from './orphan-board.ts';
import { revealHighlight } from './reveal-highlight.ts';
import { selectorFromRange } from './text-anchor.ts';

/** A selection in the article body that can be highlighted, and where to show the toolbar for it. */
export interface PendingSelection {
  selector: HighlightSelector;
  top: number;
  left: number;
}

/** What the article view needs to offer highlighting: the current selection, the action and its last error. */
export interface ArticleHighlights {
  pending: PendingSelection | undefined;
  highlight: (color: HighlightColor) => void;
  error: string | undefined;
}

/**
 * Takes the open review's highlights from its `notes`, draws them into the rendered `body` (again whenever the
 * review or its highlights change), reveals a highlight asked for by another view once it is drawn, brings a
 * highlight's card into view when its mark is clicked (or Enter is pressed on it), tracks the reader's selection
 * and saves a new highlight on request.
 */
export function useArticleHighlights(
  api: OffprintBridge,
  review: Review | undefined,
  notes: ReviewNotes | undefined,
  body: RefObject<HTMLElement>,
): ArticleHighlights {
  const [stored, setStored] = useState<{ reviewId: string; highlights: Note[] }>();
  const [pending, setPending] = useState<PendingSelection>();
  const [error, setError] = useState<string>();
  const painted = useRef<string>();
  const reviewId = review?.id;

  useEffect(() => {
    if (notes?.error !== undefined) setError(errorSentence('load the highlights of this review', notes.error));
    else if (notes?.notes) setStored({ reviewId: notes.reviewId, highlights: highlightsOf(notes.notes) });
  }, [notes]);

  useEffect(() => {
    const element = body.current;
    painted.current = undefined;
    if (!element || !review || stored?.reviewId !== review.id) return;
    orphanBoard.set(review.id, paintHighlights(element, stored.highlights));
    painted.current = review.id;
    revealPending(review.id);
  }, [body, review, stored]);

  useEffect(
    () =>
      pendingReveal.onRequest(() => {
        if (painted.current) revealPending(painted.current);
      }),
    [],
  );

  useEffect(() => {
    const choose = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent && event.key !== 'Enter') return;
      const id = chosenHighlight(body.current, event.target);
      if (!id) return;
      event.preventDefault();
      highlightCardRequests.request(id);
    };
    document.addEventListener('click', choose);
    document.addEventListener('keydown', choose);
    return () => {
      document.removeEventListener('click', choose);
      document.removeEventListener('keydown', choose);
    };
  }, [body]);

  useEffect(() => {
    const track = () => setPending(pendingSelection(body.current));
    document.addEventListener('selectionchange', track);
    return () => document.removeEventListener('selectionchange', track);
  }, [body]);

  const highlight = useCallback(
    (color: HighlightColor) => {
      const current = pendingSelection(body.current);
      if (!reviewId || !current) return;
      api.saveHighlight({ reviewId, selector: current.selector, color, body: '', tags: [] }).then(
        (saved) => {
          setError(undefined);
          setStored((before) =>
            before?.reviewId === reviewId
              ? { reviewId, highlights: highlightsOf([...before.highlights, saved]) }
              : before,
          );
          window.getSelection()?.removeAllRanges();
        },
        (failure: unknown) => setError(errorSentence('save this highlight', failure)),
      );
    },
    [api, reviewId, body],
  );

  useCommand('highlight-selection', () => {
    if (!pendingSelection(body.current)) return false;
    highlight('yellow');
    return true;
  });

  return { pending, highlight, error };
}

function revealPending(reviewId: string): void {
  const id = pendingReveal.take(reviewId);
  // Two frames, so the reveal comes after the newly opened review is laid out and scrolled to where it starts.
  if (id) requestAnimationFrame(() => requestAnimationFrame(() => revealHighlight(id)));
}

/** The id of the highlight whose mark in `body` was clicked or had Enter pressed on it; none inside a link or a selection. */
function chosenHighlight(body: HTMLElement | null, target: EventTarget | null): string | undefined {
  if (!body || !(target instanceof Element) || !body.contains(target) || target.closest('a')) return undefined;
  if (window.getSelection()?.isCollapsed === false) return undefined;
  return target.closest(`mark[${highlightAttribute}]`)?.getAttribute(highlightAttribute) ?? undefined;
}

function pendingSelection(body: HTMLElement | null): PendingSelection | undefined {
  const selection = window.getSelection();
  if (!body || !selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const selector = selectorFromRange(body, range);
  if (!selector) return undefined;
  const rect = range.getBoundingClientRect();
  return { selector, top: rect.bottom + 6, left: Math.max(8, rect.left) };
}
