import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { pendingMatch } from '../reading/pending-for-review.ts';
import { findMatchSpan, rangeOfSpan } from './match-range.ts';

/** The name of the CSS highlight (`::highlight(search-match)`) that marks the match for a moment. */
export const matchHighlightName = 'search-match';
/** How long the match stays marked. */
const markMs = 2500;

/**
 * Scrolls the open review to the search match waiting for it and marks the match briefly, once the review is drawn
 * and restored to its reading position (`ready`): the match wins over the remembered position.
 */
export function useMatchReveal(body: RefObject<HTMLElement>, reviewId: string | undefined, ready: boolean): void {
  useEffect(() => {
    if (!reviewId || !ready) return;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reveal = () => {
      const match = pendingMatch.take(reviewId);
      if (match === undefined) return;
      // Three frames: after the body, its highlights and the reading position (two frames) are in place.
      frame = requestAnimationFrame(() =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            timer = showMatch(body.current, match);
          }),
        ),
      );
    };
    reveal();
    const stop = pendingMatch.onRequest(reveal);
    return () => {
      stop();
      cancelAnimationFrame(frame);
      if (timer !== undefined) {
        clearTimeout(timer);
        CSS.highlights?.delete(matchHighlightName);
      }
    };
  }, [body, reviewId, ready]);
}

function showMatch(body: HTMLElement | null, match: string): ReturnType<typeof setTimeout> | undefined {
  if (!body) return undefined;
  const span = findMatchSpan(body.textContent ?? '', match);
  const range = span ? rangeOfSpan(body, span) : undefined;
  if (!range) return undefined;
  scrollToRange(body, range);
  if (!CSS.highlights) return undefined;
  CSS.highlights.set(matchHighlightName, new Highlight(range));
  return setTimeout(() => CSS.highlights.delete(matchHighlightName), markMs);
}

/** Scrolls whichever pane holds the article so the range sits a third of the way down it. */
function scrollToRange(body: HTMLElement, range: Range): void {
  const top = range.getBoundingClientRect().top;
  for (let node = body.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) {
      node.scrollTop += top - node.getBoundingClientRect().top - node.clientHeight / 3;
      return;
    }
  }
  window.scrollBy(0, top - window.innerHeight / 3);
}
