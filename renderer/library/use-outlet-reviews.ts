import { useEffect, useState } from 'preact/hooks';
import type { OffprintApi } from '../../electron/api/contract.ts';
import { errorSentence } from '../format/error-sentence.ts';

/** The ids of the reviews citing the outlet (undefined while they are found, or with no outlet chosen). */
export interface OutletReviews {
  ids: ReadonlySet<string> | undefined;
  error: string | undefined;
}

/** Finds the reviews whose reference lists cite `outlet`, again whenever the library changes. */
export function useOutletReviews(
  api: Pick<OffprintApi, 'listCitingIds'>,
  outlet: string,
  libraryVersion: unknown,
): OutletReviews {
  const [found, setFound] = useState<OutletReviews & { outlet: string }>({
    outlet: '',
    ids: undefined,
    error: undefined,
  });

  useEffect(() => {
    if (outlet === '') return;
    let live = true;
    api.listCitingIds({ outlet }).then(
      ({ ids }) => live && setFound({ outlet, ids: new Set(ids), error: undefined }),
      (failure: unknown) =>
        live &&
        setFound({ outlet, ids: undefined, error: errorSentence(`find the reviews citing ${outlet}`, failure) }),
    );
    return () => {
      live = false;
    };
  }, [api, outlet, libraryVersion]);

  return found.outlet === outlet ? found : { ids: undefined, error: undefined };
}
