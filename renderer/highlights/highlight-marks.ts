import type { Note } from '../../electron/model/note.ts';
import { anchorSelector, type TextSpan } from './text-anchor.ts';

/** The attribute that ties a `<mark>` to the highlight it draws. */
export const highlightAttribute = 'data-highlight-id';

/** Removes every highlight `<mark>` from `root`, putting its text back where it was. */
export function clearHighlights(root: HTMLElement): void {
  for (const mark of Array.from(root.querySelectorAll(`mark[${highlightAttribute}]`))) {
    mark.replaceWith(...Array.from(mark.childNodes));
  }
  root.normalize();
}

/**
 * Draws `highlights` into the (already sanitized) DOM under `root` by wrapping their text in `<mark>` elements
 * made with DOM calls, and returns the ids of those whose text could not be found.
 */
export function paintHighlights(root: HTMLElement, highlights: Note[]): string[] {
  clearHighlights(root);
  const orphaned: string[] = [];
  const text = root.textContent ?? '';
  for (const highlight of highlights) {
    const span = highlight.selector ? anchorSelector(text, highlight.selector) : undefined;
    if (span) wrapSpan(root, span, highlight);
    else orphaned.push(highlight.id);
  }
  return orphaned;
}

/** Wraps the part of every text node that falls inside `span` in its own `<mark>`. */
function wrapSpan(root: HTMLElement, span: TextSpan, highlight: Note): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const inside: { node: Text; from: number; to: number }[] = [];
  let offset = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    const from = Math.max(span.start - offset, 0);
    const to = Math.min(span.end - offset, length);
    if (from < to) inside.push({ node, from, to });
    offset += length;
    if (offset >= span.end) break;
  }
  inside.forEach(({ node, from, to }, index) => {
    const middle = node.splitText(from);
    middle.splitText(to - from);
    const mark = document.createElement('mark');
    mark.setAttribute(highlightAttribute, highlight.id);
    mark.className = `highlight highlight-${highlight.color ?? 'yellow'}`;
    if (index === 0) mark.tabIndex = -1;
    middle.replaceWith(mark);
    mark.append(middle);
  });
}
