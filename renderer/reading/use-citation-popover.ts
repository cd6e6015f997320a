import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Reference } from '../../electron/model/review.ts';

/** A citation link whose reference is shown beside it: the link, the entry's number (1-based) and the entry. */
export interface OpenCitation {
  link: HTMLAnchorElement;
  number: number;
  reference: Reference;
}

/** The open citation, if any, and what the popover calls to stay open, close, or hand the focus back to its link. */
export interface CitationPopoverControl {
  open: OpenCitation | undefined;
  /** The popover's box, and the control Tab from the link moves to. */
  box: RefObject<HTMLDivElement>;
  firstControl: RefObject<HTMLButtonElement>;
  /** The pointer is over the popover: cancel a pending close. */
  hold: () => void;
  /** The pointer left the popover: close soon, unless the focus is inside it. */
  release: () => void;
  /** Closes it; with `refocus`, the focus goes back to the link without opening it again. */
  close: (refocus: boolean) => void;
}

const citationLink = 'a[href^="#ref-"]';
const showDelay = 250;
const hideDelay = 300;

/**
 * Marks the body's citation links (`#ref-N`) with their entry's number, and opens the entry beside a link while the
 * pointer rests on it or the keyboard focuses it. Tab from the link enters the popover; Escape closes it.
 */
export function useCitationPopover(
  body: RefObject<HTMLElement>,
  references: Reference[] | undefined,
  reviewId: string | undefined,
): CitationPopoverControl {
  const [open, setOpen] = useState<OpenCitation>();
  const box = useRef<HTMLDivElement>(null);
  const firstControl = useRef<HTMLButtonElement>(null);
  const timer = useRef<number>();
  // The link the focus was handed back to on closing, which must not open again as it takes the focus.
  const quiet = useRef<HTMLAnchorElement>();
  const current = useRef<OpenCitation>();
  current.current = open;

  const cancel = useCallback(() => window.clearTimeout(timer.current), []);
  const later = useCallback(
    (delay: number, act: () => void) => {
      cancel();
      timer.current = window.setTimeout(act, delay);
    },
    [cancel],
  );
  const close = useCallback(
    (refocus: boolean) => {
      cancel();
      const link = current.current?.link;
      setOpen(undefined);
      if (refocus && link) {
        quiet.current = link;
        link.focus();
      }
    },
    [cancel],
  );

  useEffect(() => {
    setOpen(undefined);
    const node = body.current;
    if (!node || !references) return;
    markCitations(node, references);
    const citationAt = (target: EventTarget | null): OpenCitation | undefined => {
      const link = target instanceof Element ? target.closest(citationLink) : null;
      if (!(link instanceof HTMLAnchorElement) || !node.contains(link)) return undefined;
      const number = Number(link.dataset.citation);
      const reference = references[number - 1];
      return reference ? { link, number, reference } : undefined;
    };
    const show = (citation: OpenCitation) => {
      cancel();
      if (current.current?.link !== citation.link) setOpen(citation);
    };
    const over = (event: MouseEvent) => {
      const citation = citationAt(event.target);
      if (citation) later(showDelay, () => show(citation));
    };
    const out = (event: MouseEvent) => {
      const citation = citationAt(event.target);
      if (!citation || citation.link.contains(event.relatedTarget as Node | null)) return;
      if (current.current?.link === citation.link) later(hideDelay, () => close(false));
      else cancel();
    };
    const focusIn = (event: FocusEvent) => {
      const citation = citationAt(event.target);
      if (!citation) return;
      if (quiet.current === citation.link) quiet.current = undefined;
      // A link focused by a click shows on hover already; only the keyboard's focus opens it here.
      else if (citation.link.matches(':focus-visible')) show(citation);
    };
    const focusOut = (event: FocusEvent) => {
      const inPopover = box.current?.contains(event.relatedTarget as Node | null);
      if (citationAt(event.target) && !inPopover && current.current?.link === event.target) close(false);
    };
    const keyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || event.shiftKey || current.current?.link !== event.target) return;
      const button = firstControl.current;
      if (!button) return;
      event.preventDefault();
      button.focus();
    };
    const click = (event: MouseEvent) => citationAt(event.target) && close(false);
    const listeners = [
      ['mouseover', over],
      ['mouseout', out],
      ['focusin', focusIn],
      ['focusout', focusOut],
      ['keydown', keyDown],
      ['click', click],
    ] as [string, EventListener][];
    for (const [type, listener] of listeners) node.addEventListener(type, listener);
    return () => {
      cancel();
      for (const [type, listener] of listeners) node.removeEventListener(type, listener);
    };
  }, [body, references, reviewId, cancel, later, close]);

  useEffect(() => {
    if (!open) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const active = document.activeElement;
      close(active === open.link || Boolean(box.current?.contains(active)));
    };
    const clickOutside = (event: MouseEvent) => {
      const target = event.target as Node | null;
      if (!box.current?.contains(target) && !open.link.contains(target)) close(false);
    };
    document.addEventListener('keydown', closeOnEscape);
    document.addEventListener('click', clickOutside);
    return () => {
      document.removeEventListener('keydown', closeOnEscape);
      document.removeEventListener('click', clickOutside);
    };
  }, [open, close]);

  const hold = cancel;
  const release = useCallback(() => {
    if (!box.current?.contains(document.activeElement)) later(hideDelay, () => close(false));
  }, [later, close]);
  return { open, box, firstControl, hold, release, close };
}

/** Gives each citation link whose entry exists that entry's number, which the page shows as a superscript. */
function markCitations(body: HTMLElement, references: Reference[]): void {
  for (const link of body.querySelectorAll<HTMLAnchorElement>(citationLink)) {
    const number = Number(link.getAttribute('href')?.slice('#ref-'.length));
    if (Number.isInteger(number) && number >= 1 && number <= references.length) {
      link.dataset.citation = String(number);
      if (link.textContent?.trim().replace(/^\[(.*)\]$/, '$1') === String(number)) link.dataset.citationMark = '';
    } else {
      delete link.dataset.citation;
    }
  }
}
