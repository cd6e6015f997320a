import type { HighlightSelector } from '../../electron/model/note.ts';
import { snapToWords } from './word-snap.ts';

const contextLength = 32;

/** A stretch of the body's text content, as character offsets. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * The W3C selectors (quote with context, and position) of `range` within `root`'s text, widened to whole words, or
 * undefined if it is not a usable selection inside `root`.
 */
export function selectorFromRange(root: Node, range: Range): HighlightSelector | undefined {
  if (range.collapsed || !root.contains(range.startContainer) || !root.contains(range.endContainer)) return undefined;
  const text = root.textContent ?? '';
  const { start, end } = snapToWords(text, {
    start: textOffset(root, range.startContainer, range.startOffset),
    end: textOffset(root, range.endContainer, range.endOffset),
  });
  const exact = text.slice(start, end);
  if (exact.trim() === '') return undefined;
  return {
    quote: {
      exact,
      prefix: text.slice(Math.max(0, start - contextLength), start),
      suffix: text.slice(end, end + contextLength),
    },
    position: { start, end },
  };
}

/**
 * Finds where a highlight sits in `text`: at its recorded position if the quote is still there, else at the
 * occurrence of the quote whose surrounding text best matches the recorded prefix and suffix; undefined when
 * the quote is nowhere (the highlight is orphaned).
 */
export function anchorSelector(text: string, selector: HighlightSelector): TextSpan | undefined {
  const { quote, position } = selector;
  if (text.slice(position.start, position.end) === quote.exact) return { start: position.start, end: position.end };
  let best: { span: TextSpan; score: number; distance: number } | undefined;
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    const end = at + quote.exact.length;
    const score = sharedSuffix(text.slice(0, at), quote.prefix) + sharedPrefix(text.slice(end), quote.suffix);
    const distance = Math.abs(at - position.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { span: { start: at, end }, score, distance };
    }
  }
  return best?.span;
}

/** How many characters of text lie in `root` before the boundary point (`node`, `offset`). */
function textOffset(root: Node, node: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(root, 0);
  before.setEnd(node, offset);
  return before.toString().length;
}

function sharedSuffix(text: string, wanted: string): number {
  let count = 0;
  while (count < wanted.length && count < text.length && text.at(-1 - count) === wanted.at(-1 - count)) count++;
  return count;
}

function sharedPrefix(text: string, wanted: string): number {
  let count = 0;
  while (count < wanted.length && count < text.length && text[count] === wanted[count]) count++;
  return count;
}
