import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

/** A measurement running beside other work; `stop` ends it and answers the longest stall seen, in milliseconds. */
export interface MainThreadWatch {
  stop(): number;
}

/**
 * Measures the longest event-loop turn: a setImmediate ticker notes the time between its runs, which is the time
 * the thread spent on everything else in between (synchronous code, callbacks, GC). It keeps the loop spinning, so
 * run the work to be timed in a separate pass.
 */
export function watchLongestTurn(): MainThreadWatch {
  let last = performance.now();
  let longest = 0;
  let running = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return {
    stop() {
      running = false;
      return longest;
    },
  };
}

/** Measures the worst lateness of a 1 ms timer (perf_hooks' event-loop delay histogram); cheap but coarse. */
export function watchEventLoopDelay(): MainThreadWatch {
  const resolutionMs = 1;
  const histogram = monitorEventLoopDelay({ resolution: resolutionMs });
  histogram.enable();
  return {
    stop() {
      histogram.disable();
      // The histogram records whole timer intervals; the stall is what exceeds the interval asked for.
      return histogram.count === 0 ? 0 : Math.max(0, histogram.max / 1e6 - resolutionMs);
    },
  };
}
