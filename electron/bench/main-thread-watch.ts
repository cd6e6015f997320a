import { monitorEventLoopDelay, type PerformanceEntry, PerformanceObserver, performance } from 'node:perf_hooks';

/** A measurement running beside other work; `stop` ends it and answers what it saw. */
export interface Watch<T> {
  stop(): T;
}

/** What the event-loop ticker saw: the longest turn, and how much of the worst turns was garbage collection. */
export interface TurnReport {
  /** The longest event-loop turn, in milliseconds: the main thread was busy (or descheduled) that long. */
  longestMs: number;
  /** The longest turn once the GC pauses inside it are taken out: the code's own synchronous work (and the OS). */
  longestWithoutGcMs: number;
  /** The longest garbage-collection pause. */
  longestGcMs: number;
  /** How many turns took over 2 ms. */
  turnsOver2Ms: number;
}

interface Span {
  start: number;
  duration: number;
}

function observeGc(): Watch<Span[]> {
  const pauses: Span[] = [];
  const note = (entries: readonly PerformanceEntry[]) => {
    for (const entry of entries) pauses.push({ start: entry.startTime, duration: entry.duration });
  };
  const observer = new PerformanceObserver((list) => note(list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  return {
    stop() {
      note(observer.takeRecords());
      observer.disconnect();
      return pauses;
    },
  };
}

/**
 * Watches event-loop turns with a setImmediate ticker: the time between two runs is the time the thread spent on
 * everything else (synchronous code, callbacks, GC, being descheduled). The ticker keeps the loop spinning and
 * makes garbage of its own, so time the work itself in a separate pass.
 */
export function watchTurns(): Watch<TurnReport> {
  const gc = observeGc();
  const slow: Span[] = [];
  let last = performance.now();
  let running = true;
  const tick = () => {
    const now = performance.now();
    if (now - last > 0.5) slow.push({ start: last, duration: now - last });
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return {
    stop() {
      running = false;
      const pauses = gc.stop();
      const withoutGc = (turn: Span) => turn.duration - pauses.reduce((sum, pause) => sum + overlap(turn, pause), 0);
      return {
        longestMs: Math.max(0, ...slow.map((turn) => turn.duration)),
        longestWithoutGcMs: Math.max(0, ...slow.map(withoutGc)),
        longestGcMs: Math.max(0, ...pauses.map((pause) => pause.duration)),
        turnsOver2Ms: slow.filter((turn) => turn.duration > 2).length,
      };
    },
  };
}

/** How long two spans of time overlap, in milliseconds. */
export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.start + a.duration, b.start + b.duration) - Math.max(a.start, b.start));
}

/** Watches the worst lateness of a 1 ms timer (perf_hooks' histogram; cheap but coarse) and the longest GC pause. */
export function watchEventLoopDelay(): Watch<{ delayMs: number; longestGcMs: number }> {
  const resolutionMs = 1;
  const gc = observeGc();
  const histogram = monitorEventLoopDelay({ resolution: resolutionMs });
  histogram.enable();
  return {
    stop() {
      histogram.disable();
      const pauses = gc.stop();
      // The histogram records whole timer intervals; the stall is what exceeds the interval asked for.
      return {
        delayMs: histogram.count === 0 ? 0 : Math.max(0, histogram.max / 1e6 - resolutionMs),
        longestGcMs: Math.max(0, ...pauses.map((pause) => pause.duration)),
      };
    },
  };
}
