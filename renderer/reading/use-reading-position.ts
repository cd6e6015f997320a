import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { OffprintApi } from '../../electron/api/contract.ts';
import type { ReviewState } from '../../electron/model/review-state.ts';
import { readingProgress, type Span, scrollDeltaFor, shouldRestore } from './reading-progress.ts';

/** How long scrolling must rest before the position is saved. */
const saveDelayMs = 800;

/**
 * Brings a review back to where the reader left it, saves the position as they scroll (and when they leave),
 * and marks the review read when they reach its end. `state` is undefined until the states are loaded; the
 * position is restored once, when both the review and its state are there.
 */
export function useReadingPosition(
  api: Pick<OffprintApi, 'saveReadingPosition'>,
  reviewId: string | undefined,
  article: RefObject<HTMLElement>,
  state: ReviewState | null | undefined,
): void {
  const latestState = useRef(state);
  latestState.current = state;
  // Positions saved in this window: the states follow only counts and read marks, not every scroll.
  const saved = useRef(new Map<string, number>());
  const ready = reviewId !== undefined && state !== undefined;

  useEffect(() => {
    const element = article.current;
    if (!ready || !reviewId || !element) return;
    let restored = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsaved: { position: number; finished: boolean } | undefined;

    const save = () => {
      clearTimeout(timer);
      timer = undefined;
      if (!unsaved) return;
      const { position, finished } = unsaved;
      unsaved = undefined;
      saved.current.set(reviewId, position);
      api.saveReadingPosition({ id: reviewId, position, finished }).catch(() => {
        // The position is a convenience: a failed save is tried again with the next scroll.
      });
    };
    const onScroll = (event: Event) => {
      const pane = scrollingPane(element);
      if (!restored || !pane || (event.target !== pane && !(event.target === document && isPage(pane)))) return;
      const progress = readingProgress(spanOf(element), viewOf(pane));
      if (!progress.scrollable) return;
      const finished = progress.atEnd && !latestState.current?.readAt;
      unsaved = { position: progress.atEnd ? 1 : progress.position, finished };
      clearTimeout(timer);
      timer = setTimeout(save, finished ? 0 : saveDelayMs);
    };

    // The body and its highlights are drawn in effects of their own; restore once they have been laid out.
    const frame = requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        // A review opens at its start in whichever pane scrolls it at this window width…
        for (let node = element.parentElement; node; node = node.parentElement) node.scrollTop = 0;
        // …or where the reader left it.
        const position = saved.current.get(reviewId) ?? latestState.current?.position;
        const pane = scrollingPane(element);
        if (pane && shouldRestore(position)) pane.scrollTop += scrollDeltaFor(position, spanOf(element), viewOf(pane));
        restored = true;
      }),
    );
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    window.addEventListener('pagehide', save);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('pagehide', save);
      save();
    };
  }, [api, reviewId, ready]);
}

/** The nearest ancestor that scrolls the article at this window width, or the page itself. */
function scrollingPane(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return document.scrollingElement instanceof HTMLElement ? document.scrollingElement : null;
}

function isPage(pane: HTMLElement): boolean {
  return pane === document.scrollingElement;
}

function spanOf(element: HTMLElement): Span {
  const box = element.getBoundingClientRect();
  return { top: box.top, height: box.height };
}

function viewOf(pane: HTMLElement): Span {
  if (isPage(pane)) return { top: 0, height: window.innerHeight };
  const box = pane.getBoundingClientRect();
  return { top: box.top, height: pane.clientHeight };
}
