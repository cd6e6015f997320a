import { useEffect, useRef, useState } from 'preact/hooks';
import type { OffprintBridge, Review } from '../../electron/api/contract.ts';
import { errorSentence } from '../format/error-sentence.ts';
import { useArticleHighlights } from '../highlights/use-article-highlights.ts';
import { ArticleHeader } from './article-header.tsx';
import { HighlightToolbar } from './highlight-toolbar.tsx';
import { MarkdownView } from './markdown-view.tsx';
import { ReferenceList } from './reference-list.tsx';

/** Which review to show, and whether the library has none at all. */
export interface ArticleViewProps {
  api: OffprintBridge;
  reviewId: string | undefined;
  libraryEmpty: boolean;
}

type Loaded = { id: string; review: Review } | { id: string; error: string };

/** The open review: header, body (through the one sanitizer) with its highlights, and reference list; sets the window title. */
export function ArticleView({ api, reviewId, libraryEmpty }: ArticleViewProps) {
  const article = useRef<HTMLElement>(null);
  const [loaded, setLoaded] = useState<Loaded>();

  useEffect(() => {
    if (!reviewId) return;
    let live = true;
    api.getReview({ id: reviewId }).then(
      (review) => live && setLoaded({ id: reviewId, review }),
      (failure: unknown) => live && setLoaded({ id: reviewId, error: errorSentence('open this review', failure) }),
    );
    return () => {
      live = false;
    };
  }, [api, reviewId]);

  const review = loaded && 'review' in loaded ? loaded.review : undefined;
  const highlights = useArticleHighlights(api, review, article);
  useEffect(() => {
    document.title = review ? `${review.title} — Offprint` : 'Offprint';
    scrollToTop(article.current);
  }, [review]);

  return (
    <article
      id="article"
      class="article"
      aria-label="Article"
      tabIndex={-1}
      ref={article}
      lang={review?.language}
      aria-busy={loaded?.id !== reviewId}
    >
      {loaded && 'error' in loaded ? (
        <p class="load-error" role="alert">
          {loaded.error}
        </p>
      ) : review ? (
        <>
          <ArticleHeader review={review} />
          <MarkdownView className="article-body" markdown={review.body} headingOffset={1} />
          {highlights.pending && (
            <HighlightToolbar
              top={highlights.pending.top}
              left={highlights.pending.left}
              onHighlight={highlights.highlight}
            />
          )}
          {highlights.error && (
            <p class="load-error" role="alert">
              {highlights.error}
            </p>
          )}
          <ReferenceList references={review.references} />
        </>
      ) : (
        libraryEmpty && <p class="pane-note">Your archive has no reviews yet.</p>
      )}
    </article>
  );
}

/** Brings a newly opened review to its start in whichever pane scrolls it at this window width. */
function scrollToTop(article: HTMLElement | null): void {
  for (let pane = article?.parentElement; pane; pane = pane.parentElement) pane.scrollTop = 0;
}
