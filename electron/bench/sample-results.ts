import type { ArchiveResult, LibraryPaintResult, SizeResult } from './bench-results.ts';
import type { Timings } from './measure.ts';

const spread = (p50: number, p95 = p50 * 2, max = p95 * 2): Timings => ({ count: 200, p50, p95, max });

/** Made-up archive figures for tests of the report and the targets; `change` adjusts them. */
export function sampleArchiveResult(change: (result: ArchiveResult) => void = () => undefined): ArchiveResult {
  const result: ArchiveResult = {
    notices: [],
    firstPage: { openMs: 11, floorMs: 10, lockMs: 1, repetitions: 5, cold: true },
    noteSave: spread(3, 6),
    turns: { longestMs: 1.5, longestWithoutGcMs: 1, longestGcMs: 0.5, turnsOver2Ms: 0 },
    eventLoopDelayMs: 0.5,
    gcPauseMs: 0.5,
    durableWrite: spread(2),
    handRolledWrite: spread(2),
    notesFileBytes: 1200,
    openReviewCold: spread(4),
    openReviewWarm: spread(0.3),
    openReviewDropped: true,
  };
  change(result);
  return result;
}

/** Made-up figures of the library in Chromium. */
export function sampleLibraryResult(): LibraryPaintResult {
  return {
    browser: 'Chromium 150.0.7871.100, headless, 1280×800, --disable-gpu',
    firstPaintColdMs: 1022,
    firstPaintWarmMs: 310,
    quietAfterMs: 1500,
    flingStepPx: 2400,
    fling: { count: 240, p50: 16.7, p95: 33.4, max: 83.3, dropped: 14 },
    jumps: { count: 40, p50: 16.7, p95: 50, max: 66.7, dropped: 6 },
    lastRowShown: true,
    rowsInDom: 41,
    pageElements: 835,
  };
}

/** Made-up figures for one size, with a measured naive baseline and the library measured in Chromium. */
export function sampleSizeResult(size: number, archive: ArchiveResult = sampleArchiveResult()): SizeResult {
  return {
    size,
    files: size * 2 + 2,
    bytes: size * 15_000,
    generateMs: size,
    archive: { ok: true, value: archive },
    naive: {
      fileBytes: size * 16_000,
      firstPage: { ok: true, value: { medianMs: 150, repetitions: 5, cold: true } },
      noteSave: { ok: true, value: { ...spread(140), longestTurnMs: 180 } },
      openReview: { ok: true, value: spread(0.01) },
    },
    library: { ok: true, value: sampleLibraryResult() },
  };
}
