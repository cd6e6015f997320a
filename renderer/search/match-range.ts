/** A stretch of an element's text content, as character offsets. */
interface TextSpan {
  start: number;
  end: number;
}

/**
 * Where the words of `match` (taken from the Markdown source) first appear in `text` (the rendered text content):
 * the words in order, with any spacing or punctuation between them, since rendering drops Markdown syntax.
 */
export function findMatchSpan(text: string, match: string): TextSpan | undefined {
  const words = match.match(/[\p{L}\p{N}\p{M}]+/gu);
  if (!words) return undefined;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const found = new RegExp(escaped.join('[^\\p{L}\\p{N}]+'), 'u').exec(text);
  return found ? { start: found.index, end: found.index + found[0].length } : undefined;
}

/** A DOM range over `root`'s text content from `span.start` to `span.end`, or undefined when it lies outside. */
export function rangeOfSpan(root: Node, span: TextSpan): Range | undefined {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && span.start < offset + length) {
      range.setStart(node, span.start - offset);
      started = true;
    }
    if (started && span.end <= offset + length) {
      range.setEnd(node, span.end - offset);
      return range;
    }
    offset += length;
  }
  return undefined;
}
