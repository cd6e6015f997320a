import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { onLinkClick } from './link-clicks.ts';

/** A footnote opened in place: its number, its sanitized content (cloned DOM) and where to show it in the viewport. */
export interface OpenFootnote {
  label: string;
  content: DocumentFragment;
  top: number;
  left: number;
}

const footnoteMark = 'a[data-footnote-ref]';

/** Opens a footnote next to its mark in the body when the mark is clicked; Escape, a click elsewhere or scrolling closes it. */
export function useFootnotePopover(
  body: RefObject<HTMLElement>,
  reviewId: string | undefined,
): OpenFootnote | undefined {
  const [open, setOpen] = useState<OpenFootnote>();

  useEffect(() => {
    setOpen(undefined);
    const node = body.current;
    if (!node) return;
    return onLinkClick(node, footnoteMark, (mark, event) => {
      const note = footnoteFor(node, mark);
      if (!note) return;
      event.preventDefault();
      const place = mark.getBoundingClientRect();
      setOpen({ label: mark.textContent ?? '', content: note, top: place.bottom + 6, left: place.left });
    });
  }, [body, reviewId]);

  useEffect(() => {
    if (!open) return;
    const close = () => setOpen(undefined);
    const closeOnEscape = (event: KeyboardEvent) => event.key === 'Escape' && close();
    const closeOutside = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!target?.closest(`.footnote-popover, ${footnoteMark}`)) close();
    };
    document.addEventListener('keydown', closeOnEscape);
    document.addEventListener('click', closeOutside);
    document.addEventListener('scroll', close, true);
    return () => {
      document.removeEventListener('keydown', closeOnEscape);
      document.removeEventListener('click', closeOutside);
      document.removeEventListener('scroll', close, true);
    };
  }, [open]);

  return open;
}

/** A copy of the footnote's content that `mark` points at, without its back link. */
function footnoteFor(body: HTMLElement, mark: HTMLAnchorElement): DocumentFragment | undefined {
  const id = mark.getAttribute('href')?.slice(1);
  const note = id ? body.ownerDocument.getElementById(id) : null;
  if (!note || !body.contains(note)) return undefined;
  const content = body.ownerDocument.createDocumentFragment();
  for (const child of note.childNodes) content.append(child.cloneNode(true));
  for (const backLink of content.querySelectorAll('[data-footnote-backref]')) backLink.remove();
  for (const element of content.querySelectorAll('[id]')) element.removeAttribute('id');
  return content;
}
