/** The slice of a fixed-height list to put in the DOM: rows `start` (inclusive) to `end` (exclusive). */
export interface VisibleRange {
  start: number;
  end: number;
}

/** Which rows of a list of `count` rows, each `rowHeight` tall, show in a viewport, plus `overscan` rows each side. */
export function visibleRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan: number,
): VisibleRange {
  const first = Math.floor(Math.max(scrollTop, 0) / rowHeight);
  const last = Math.ceil((Math.max(scrollTop, 0) + Math.max(viewportHeight, 0)) / rowHeight);
  return { start: Math.max(0, Math.min(first - overscan, count)), end: Math.min(count, last + overscan) };
}

/** The scroll offset that brings row `index` fully into view, moving as little as possible. */
export function scrollTopFor(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewportHeight) return top + rowHeight - viewportHeight;
  return scrollTop;
}
