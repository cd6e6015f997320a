import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { OffprintApi } from '../../electron/api/contract.ts';
import { errorSentence } from '../format/error-sentence.ts';

/** What the outlet filter needs: the API to list outlets, the chosen outlet ('' for all) and how to change it. */
export interface OutletFilterProps {
  api: Pick<OffprintApi, 'listOutlets'>;
  value: string;
  onChange: (outlet: string) => void;
  /** Takes the select, so another view can move the focus to it. */
  select?: RefObject<HTMLSelectElement>;
}

type Outlets = { name: string; reviewCount: number }[];

/**
 * "Cited outlet": every outlet the archive's reference lists cite, with the number of reviews citing it. Listing
 * them reads every review, so it happens when the reader first reaches for the filter, not when the app opens.
 */
export function OutletFilter({ api, value, onChange, select }: OutletFilterProps) {
  const [wanted, setWanted] = useState(value !== '');
  const [outlets, setOutlets] = useState<Outlets>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!wanted) return;
    let live = true;
    api.listOutlets({}).then(
      (listed) => live && setOutlets(listed.outlets),
      (failure: unknown) => live && setError(errorSentence('list the cited outlets', failure)),
    );
    return () => {
      live = false;
    };
  }, [api, wanted]);

  const want = () => setWanted(true);
  const known = outlets?.some((outlet) => outlet.name === value) ?? false;
  return (
    <>
      <label class="library-control">
        <span>Outlet</span>
        <select
          ref={select}
          aria-label="Cited outlet"
          value={value}
          onFocus={want}
          onPointerDown={want}
          onChange={(event) => onChange(event.currentTarget.value)}
        >
          <option value="">All outlets</option>
          {value !== '' && !known && <option value={value}>{value}</option>}
          {outlets === undefined && !error && wanted && <option disabled>Loading outlets…</option>}
          {outlets?.map((outlet) => (
            <option key={outlet.name} value={outlet.name}>
              {`${outlet.name} (${outlet.reviewCount})`}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p class="load-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
