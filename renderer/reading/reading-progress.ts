/** Where a box sits on screen: its top and height in CSS pixels. */
export interface Span {
  top: number;
  height: number;
}

/** How far the reader is through an article, and whether its end is in view. */
export interface Progress {
  /** From 0 (the article's top at the top of the pane) to 1 (its end at the bottom of the pane). */
  position: number;
  /** Whether the article is longer than the pane, so that reading it means scrolling. */
  scrollable: boolean;
  /** Whether the article's end is in view after scrolling through it. */
  atEnd: boolean;
}

/** Pixels of slack for "at the end": rounding and a last line half in view still count. */
const endSlack = 24;

/** The reading progress of an article (`article`) shown in a scrolling pane (`pane`), from their boxes on screen. */
export function readingProgress(article: Span, pane: Span): Progress {
  const range = article.height - pane.height;
  if (range <= 0) return { position: 0, scrollable: false, atEnd: true };
  const scrolled = pane.top - article.top;
  const position = Math.min(1, Math.max(0, scrolled / range));
  return { position, scrollable: true, atEnd: scrolled >= range - endSlack };
}

/** How far to scroll the pane (added to its scrollTop) to bring the article back to `position`. */
export function scrollDeltaFor(position: number, article: Span, pane: Span): number {
  const range = article.height - pane.height;
  if (range <= 0) return 0;
  return position * range - (pane.top - article.top);
}

/** Whether a saved position is worth going back to: not the very top, and not the end of a finished read. */
export function shouldRestore(position: number | undefined): position is number {
  return position !== undefined && position > 0.01 && position < 0.98;
}
