import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { OffprintBridge } from '../../electron/api/contract.ts';
import type { HighlightColor, HighlightSelector, Note } from '../../electron/model/note.ts';
import type { Review } from '../../electron/model/review.ts';
import { errorSentence } from '../format/error-sentence.ts';
import { pendingReveal } from '../reading/pending-reveal.ts';
import { highlightsOf } from './highlight-list.ts';
import { paintHighlights } from './highlight-marks.ts';
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
 * Loads the open review's highlights, draws them into the rendered body under `article` (again whenever the
 * review or its highlights change), reveals a highlight asked for by another view once it is drawn, tracks the
 * reader's selection and saves a new highlight on request.
 */
export function useArticleHighlights(
  api: OffprintBridge,
  review: Review | undefined,
  article: RefObject<HTMLElement>,
): ArticleHighlights {
  const [stored, setStored] = useState<{ reviewId: string; highlights: Note[] }>();
  const [pending, setPending] = useState<PendingSelection>();
  const [error, setError] = useState<string>();
  const painted = useRef<string>();
  const reviewId = review?.id;

  useEffect(() => {
    if (!reviewId) return;
    let live = true;
    const reload = () =>
      api.listNotes({ reviewId }).then(
        ({ notes }) => live && setStored({ reviewId, highlights: highlightsOf(notes) }),
        (failure: unknown) => live && setError(errorSentence('load the highlights of this review', failure)),
      );
    void reload();
    const unsubscribe = api.subscribe((event) => {
      if (event.type === 'notes-changed' && event.payload.reviewId === reviewId) void reload();
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [api, reviewId]);

  useEffect(() => {
    const body = bodyOf(article.current);
    painted.current = undefined;
    if (!body || !review || stored?.reviewId !== review.id) return;
    orphanBoard.set(review.id, paintHighlights(body, stored.highlights));
    painted.current = review.id;
    revealPending(review.id);
  }, [article, review, stored]);

  useEffect(
    () =>
      pendingReveal.onRequest(() => {
        if (painted.current) revealPending(painted.current);
      }),
    [],
  );

  useEffect(() => {
    const track = () => setPending(pendingSelection(bodyOf(article.current)));
    document.addEventListener('selectionchange', track);
    return () => document.removeEventListener('selectionchange', track);
  }, [article]);

  const highlight = useCallback(
    (color: HighlightColor) => {
      const current = pendingSelection(bodyOf(article.current));
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
    [api, reviewId, article],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'h' || event.ctrlKey || event.metaKey || event.altKey || typesText(event.target)) return;
      if (!pendingSelection(bodyOf(article.current))) return;
      event.preventDefault();
      highlight('yellow');
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [article, highlight]);

  return { pending, highlight, error };
}

function revealPending(reviewId: string): void {
  const id = pendingReveal.take(reviewId);
  // Two frames, so the reveal comes after the newly opened review is laid out and scrolled to where it starts.
  if (id) requestAnimationFrame(() => requestAnimationFrame(() => revealHighlight(id)));
}

function bodyOf(article: HTMLElement | null): HTMLElement | null {
  return article?.querySelector<HTMLElement>('.article-body') ?? null;
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

function typesText(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}
