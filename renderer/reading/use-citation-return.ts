import type { RefObject } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { onLinkClick } from './link-clicks.ts';

/** The in-text citation the reader last followed to the reference list, and a way back to it. */
export interface CitationReturn {
  citation: HTMLAnchorElement | undefined;
  /** The id of the reference entry the citation led to (`ref-3`), beside which the way back is offered. */
  entryId: string | undefined;
  goBack: () => void;
}

/** Remembers which citation link (`#ref-N`) in the article's body was followed, so the reader can return to it. */
export function useCitationReturn(body: RefObject<HTMLElement>, reviewId: string | undefined): CitationReturn {
  const [citation, setCitation] = useState<HTMLAnchorElement>();

  useEffect(() => {
    setCitation(undefined);
    const node = body.current;
    return node ? onLinkClick(node, 'a[href^="#ref-"]', setCitation) : undefined;
  }, [body, reviewId]);

  const goBack = useCallback(() => {
    if (!citation) return;
    citation.scrollIntoView({ block: 'center' });
    citation.focus();
    setCitation(undefined);
  }, [citation]);

  return { citation, entryId: citation?.getAttribute('href')?.slice(1), goBack };
}
