import { useLayoutEffect, useRef } from 'preact/hooks';
import type { OpenFootnote } from '../reading/use-footnote-popover.ts';

/** A footnote's text in a small box next to its mark; the content is cloned DOM, never an HTML string. */
export function FootnotePopover({ footnote }: { footnote: OpenFootnote }) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const node = box.current;
    if (!node) return;
    node.replaceChildren(footnote.content.cloneNode(true));
    node.style.setProperty('top', `${footnote.top}px`);
    node.style.setProperty(
      'left',
      `${Math.max(8, Math.min(footnote.left, window.innerWidth - node.offsetWidth - 8))}px`,
    );
  }, [footnote]);
  return <div class="footnote-popover" role="note" aria-label={`Footnote ${footnote.label}`} ref={box} />;
}
