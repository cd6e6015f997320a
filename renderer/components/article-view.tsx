import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { OffprintBridge } from '../../electron/api/contract.ts';
import type { Review, ReviewSummary } from '../../electron/model/review.ts';
import type { ReviewState } from '../../electron/model/review-state.ts';
import { errorSentence } from '../format/error-sentence.ts';
import { useArticleHighlights } from '../highlights/use-article-highlights.ts';
import type { ReviewNotes } from '../notes/use-review-notes.ts';
import { findSeriesNeighbours, seriesMembers } from '../reading/series-neighbours.ts';
import { useCitationPopover } from '../reading/use-citation-popover.ts';
import { useCitationReturn } from '../reading/use-citation-return.ts';
import { useFootnotePopover } from '../reading/use-footnote-popover.ts';
import { useReadingPosition } from '../reading/use-reading-position.ts';
import { useSeriesKeys } from '../reading/use-series-keys.ts';
import { useMatchReveal } from '../search/use-match-reveal.ts';
import { ArticleHeader } from './article-header.tsx';
import { CitationPopover } from './citation-popover.tsx';
import { ExportMenu } from './export-menu.tsx';
import { FootnotePopover } from './footnote-popover.tsx';
import { HighlightToolbar } from './highlight-toolbar.tsx';
import { MarkdownView } from './markdown-view.tsx';
import { ReadToggle } from './read-toggle.tsx';
import { ReferenceList } from './reference-list.tsx';
import { SeriesNav } from './series-nav.tsx';

/** Which review to show, and whether the library has none at all. */
export interface ArticleViewProps {
  api: OffprintBridge;
  reviewId: string | undefined;
  libraryEmpty: boolean;
  /** The library's reviews, for the previous and next issue of the open one's series. */
  reviews: ReviewSummary[] | undefined;
  onOpen: (id: string) => void;
  /** The open review's counts, position and read mark: null when none are recorded, undefined while loading. */
  state: ReviewState | null | undefined;
  /** The open review's notes, for its highlights. */
  notes: ReviewNotes | undefined;
}

type Loaded = { id: string; review: Review } | { id: string; error: string };

/** The open review: header, body (through the one sanitizer) with its highlights, and reference list; sets the window title. */
export function ArticleView({ api, reviewId, libraryEmpty, reviews, onOpen, state, notes }: ArticleViewProps) {
  const article = useRef<HTMLElement>(null);
  const body = useRef<HTMLDivElement>(null);
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
  const highlights = useArticleHighlights(api, review, notes, body);
  const citationReturn = useCitationReturn(body, review?.id);
  const citationPopover = useCitationPopover(body, review?.references, review?.id);
  const footnote = useFootnotePopover(body, review?.id);
  const neighbours = useMemo(() => findSeriesNeighbours(reviews ?? [], review?.id), [reviews, review?.id]);
  const series = useMemo(() => {
    const name = review?.series;
    return name ? { name, ids: seriesMembers(reviews ?? [], name).map((member) => member.id) } : undefined;
  }, [reviews, review?.series]);
  useSeriesKeys(neighbours, onOpen);
  useReadingPosition(api, review?.id, article, state);
  useMatchReveal(body, review?.id, state !== undefined);
  useEffect(() => {
    document.title = review ? `${review.title} — Offprint` : 'Offprint';
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
          <ArticleHeader review={review}>
            <div class="article-actions">
              <ReadToggle api={api} reviewId={review.id} state={state} />
              <ExportMenu api={api} reviewId={review.id} series={series} />
            </div>
            <SeriesNav neighbours={neighbours} onOpen={onOpen} />
          </ArticleHeader>
          <MarkdownView className="article-body" body={body} markdown={review.body} headingOffset={1} />
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
          <ReferenceList references={review.references} back={citationReturn} />
          {citationPopover.open && <CitationPopover control={citationPopover} open={citationPopover.open} />}
          {footnote && <FootnotePopover footnote={footnote} />}
        </>
      ) : (
        libraryEmpty && <p class="pane-note">Your archive has no reviews yet.</p>
      )}
    </article>
  );
}
