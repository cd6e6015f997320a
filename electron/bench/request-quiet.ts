/** Follows the requests a page makes, to tell when it has gone quiet: none in flight for a while. */
export interface QuietWatch {
  /** A request started at `at` (milliseconds on any one clock). */
  started(at: number): void;
  /** A request ended (answered or failed) at `at`. */
  ended(at: number): void;
  /** When the last request ended, or null when none has. */
  lastEndedAt(): number | null;
  /** Whether nothing has been in flight for `quietMs` up to `now`. */
  isQuiet(now: number): boolean;
}

/** Starts a watch that calls the page quiet once no request has been in flight for `quietMs`. */
export function watchQuiet(quietMs: number, now: number): QuietWatch {
  let inFlight = 0;
  let lastChange = now;
  let lastEnd: number | null = null;
  return {
    started(at) {
      inFlight++;
      lastChange = at;
    },
    ended(at) {
      if (inFlight === 0)
        throw new Error('A request ended that was never seen to start; watch the page before it loads.');
      inFlight--;
      lastChange = at;
      lastEnd = at;
    },
    lastEndedAt: () => lastEnd,
    isQuiet: (at) => inFlight === 0 && at - lastChange >= quietMs,
  };
}
