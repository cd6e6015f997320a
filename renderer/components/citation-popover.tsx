import { autoUpdate, computePosition, flip, inline, offset, shift } from '@floating-ui/dom';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { CitationPopoverControl, OpenCitation } from '../reading/use-citation-popover.ts';
import { plainCitation } from '../references/plain-citation.ts';

/**
 * The reference a citation link points at, in a small box beside the link, with Copy citation. Placed by Floating UI,
 * whose coordinates are set through the CSSOM (which the CSP allows); Tab leaves it for the text after the link.
 */
export function CitationPopover({ control, open }: { control: CitationPopoverControl; open: OpenCitation }) {
  const { box, firstControl, hold, release, close } = control;
  const [status, setStatus] = useState('');
  const citation = plainCitation(open.reference);

  useLayoutEffect(() => {
    setStatus('');
    const node = box.current;
    if (!node) return;
    const place = () =>
      computePosition(open.link, node, {
        placement: 'bottom-start',
        strategy: 'fixed',
        middleware: [inline(), offset(6), flip(), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        node.style.setProperty('left', `${x}px`);
        node.style.setProperty('top', `${y}px`);
      });
    return autoUpdate(open.link, node, place);
  }, [box, open]);

  const copy = () => {
    navigator.clipboard.writeText(citation).then(
      () => setStatus('Copied'),
      () => setStatus('Could not copy; select the line and copy it by hand'),
    );
  };
  const keyDown = (event: KeyboardEvent) => {
    // Tab goes on from the link (the browser moves on from where the focus is); Shift+Tab stops at the link.
    if (event.key !== 'Tab') return;
    if (event.shiftKey) event.preventDefault();
    close(true);
  };
  const focusOut = (event: FocusEvent) => {
    const to = event.relatedTarget as Node | null;
    if (to && !box.current?.contains(to) && to !== open.link) close(false);
  };

  return (
    <div
      class="citation-popover"
      role="dialog"
      aria-label={`Reference ${open.number}`}
      ref={box}
      onMouseEnter={hold}
      onMouseLeave={release}
      onKeyDown={keyDown}
      onFocusOut={focusOut}
    >
      <p class="citation-popover-text">
        <span class="citation-popover-number">{open.number}.</span> {citation}
      </p>
      <p class="citation-popover-actions">
        <button type="button" class="quiet-button" ref={firstControl} onClick={copy}>
          Copy citation
        </button>{' '}
        <span class="citation-popover-status" aria-live="polite">
          {status}
        </span>
      </p>
    </div>
  );
}
