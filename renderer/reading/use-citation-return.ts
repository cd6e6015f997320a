import type { RefObject } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';

/** The in-text citation the reader last followed to the reference list, and a way back to it. */
export interface CitationReturn {
  citation: HTMLAnchorElement | undefined;
  goBack: () => void;
}

/** Remembers which citation link (`#ref-N`) in the article was followed, so the reader can return to it. */
export function useCitationReturn(article: RefObject<HTMLElement>, reviewId: string | undefined): CitationReturn {
  const [citation, setCitation] = useState<HTMLAnchorElement>();

  useEffect(() => {
    setCitation(undefined);
    const node = article.current;
    if (!node) return;
    const remember = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="#ref-"]') : null;
      if (link instanceof HTMLAnchorElement && link.closest('.article-body')) setCitation(link);
    };
    node.addEventListener('click', remember);
    return () => node.removeEventListener('click', remember);
  }, [article, reviewId]);

  const goBack = useCallback(() => {
    if (!citation) return;
    citation.scrollIntoView({ block: 'center' });
    citation.focus();
    setCitation(undefined);
  }, [citation]);

  return { citation, goBack };
}
