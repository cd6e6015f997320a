import { useEffect, useState } from 'preact/hooks';
import type { OffprintBridge } from '../../electron/api/contract.ts';
import type { ReviewSummary } from '../../electron/model/review.ts';
import { errorSentence } from '../format/error-sentence.ts';

/** The library's reviews (undefined while loading) or the sentence saying why they could not be loaded. */
export interface ReviewListState {
  reviews: ReviewSummary[] | undefined;
  error: string | undefined;
}

/** Loads the list of reviews and loads it again whenever a review is added, changed or removed. */
export function useReviewList(api: OffprintBridge): ReviewListState {
  const [state, setState] = useState<ReviewListState>({ reviews: undefined, error: undefined });

  useEffect(() => {
    let live = true;
    let latest = 0;
    const load = () => {
      const request = ++latest;
      api.listReviews({}).then(
        ({ reviews }) => {
          if (live && request === latest) setState({ reviews, error: undefined });
        },
        (failure: unknown) => {
          if (!live || request !== latest) return;
          // A failed refresh keeps the list already shown.
          setState((shown) =>
            shown.reviews ? shown : { reviews: undefined, error: errorSentence('load the library', failure) },
          );
        },
      );
    };
    load();
    const unsubscribe = api.subscribe((event) => {
      if (event.type === 'review-added' || event.type === 'review-changed' || event.type === 'review-removed') load();
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [api]);

  return state;
}
