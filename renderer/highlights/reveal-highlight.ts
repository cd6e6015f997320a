import { highlightAttribute } from './highlight-marks.ts';

/** Scrolls the article to the highlight `id` and focuses its first mark; does nothing when the article has none. */
export function revealHighlight(id: string): void {
  const mark = document.querySelector<HTMLElement>(`mark[${highlightAttribute}="${CSS.escape(id)}"]`);
  if (!mark) return;
  mark.scrollIntoView({ block: 'center' });
  mark.focus({ preventScroll: true });
}
