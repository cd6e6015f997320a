import { useEffect, useState } from 'preact/hooks';
import type { MethodOutput, OffprintBridge } from '../../electron/api/contract.ts';
import type { SearchStatus } from '../../electron/model/search-hit.ts';
import { errorSentence } from '../format/error-sentence.ts';

/** How long typing must pause before the query runs. */
const typingPauseMs = 120;
/** How many results the library pane shows. */
const pageSize = 30;

/** The full-text search of the library: how far the index is, and the answer to the current query. */
export interface SearchState {
  /** Undefined until the host has said how far its index is. */
  status: SearchStatus | undefined;
  /** The answer to `query` once it has come; undefined while the box is empty, the index not ready, or waiting. */
  result: { query: string; value: MethodOutput<'search'> } | undefined;
  error: string | undefined;
}

/**
 * Follows the index's progress (asking for it also starts the index) and runs `query` through the full-text search
 * once the reader pauses typing and the index is ready; answers to older queries are dropped.
 */
export function useSearch(
  api: Pick<OffprintBridge, 'search' | 'getSearchStatus' | 'subscribe'>,
  query: string,
): SearchState {
  const [status, setStatus] = useState<SearchStatus>();
  const [result, setResult] = useState<SearchState['result']>();
  const [error, setError] = useState<string>();
  // Bumped by every change the index reports, so the results shown follow imports, notes and removals.
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    let live = true;
    const unsubscribe = api.subscribe((event) => {
      if (event.type !== 'search-progress') return;
      setStatus(event.payload);
      setRevision((count) => count + 1);
    });
    api.getSearchStatus({}).then(
      (current) => live && setStatus((known) => known ?? current),
      (failure: unknown) => live && setError(errorSentence('start the search', failure)),
    );
    return () => {
      live = false;
      unsubscribe();
    };
  }, [api]);

  const ready = status?.ready === true;
  const trimmed = query.trim();
  useEffect(() => {
    if (!ready || trimmed === '') {
      setResult(undefined);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      api.search({ query: trimmed, limit: pageSize }).then(
        (value) => {
          if (!live) return;
          setError(undefined);
          setResult({ query: trimmed, value });
        },
        (failure: unknown) => live && setError(errorSentence('search the library', failure)),
      );
    }, typingPauseMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, ready, trimmed, revision]);

  return { status, result: trimmed === '' ? undefined : result, error };
}
