import { useEffect, useState } from 'preact/hooks';
import type { OffprintBridge } from '../../electron/api/contract.ts';
import type { ReviewState } from '../../electron/model/review-state.ts';
import { errorSentence } from '../format/error-sentence.ts';

/** What the reader has done with each review, by id; reviews with nothing recorded are absent. */
export type ReviewStates = ReadonlyMap<string, ReviewState>;

/** The states (undefined until loaded) or the sentence saying why they could not be loaded. */
export interface ReviewStatesResult {
  states: ReviewStates | undefined;
  error: string | undefined;
}

/** Loads every review's counts and read mark, and keeps them current from `review-state-changed` events. */
export function useReviewStates(api: OffprintBridge): ReviewStatesResult {
  const [result, setResult] = useState<ReviewStatesResult>({ states: undefined, error: undefined });

  useEffect(() => {
    let live = true;
    // Changes that arrive while the first list is loading are kept and applied over it.
    const early: ReviewState[] = [];
    let loaded = false;
    const unsubscribe = api.subscribe((event) => {
      if (event.type !== 'review-state-changed') return;
      const { state } = event.payload;
      if (!loaded) early.push(state);
      else setResult((shown) => ({ ...shown, states: new Map(shown.states).set(state.id, state) }));
    });
    api.listReviewStates({}).then(
      ({ states }) => {
        if (!live) return;
        loaded = true;
        setResult({ states: new Map([...states, ...early].map((state) => [state.id, state])), error: undefined });
      },
      (failure: unknown) => {
        if (live) setResult({ states: undefined, error: errorSentence('load what you have read and noted', failure) });
      },
    );
    return () => {
      live = false;
      unsubscribe();
    };
  }, [api]);

  return result;
}
