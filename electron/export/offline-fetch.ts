import { OffprintError } from '../model/offprint-error.ts';

/**
 * Stands in for the `sync-fetch` package in every Node bundle (esbuild.mjs aliases it here): citation-js would fetch a
 * URL it is handed, and Offprint never fetches over the network while it formats citations.
 */
function refuseFetch(url: unknown): never {
  throw new OffprintError(
    'unsupported',
    `Offprint never fetches over the network while it formats citations, and ${String(url)} was given as citation data; import the page first (offprint import <url>), then export the review`,
  );
}

// citation-js checks given headers with `instanceof syncFetch.Headers` before it fetches; without it, that throws.
refuseFetch.Headers = Headers;

/** citation-js loads sync-fetch with `require` and calls its default export. */
export default refuseFetch;
