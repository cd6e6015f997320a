import { messageOf } from '../common/messages.ts';
import type { FrameStats } from './frame-stats.ts';
import type { TurnReport } from './main-thread-watch.ts';
import type { Timings } from './measure.ts';

/** A measurement that either produced a value or failed with one line saying why. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

/** Runs `work`, turning a thrown error into a failed outcome that carries its message. */
export async function attempt<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
}

/** Opening to the first page of the library list, beside the floor of reading and parsing the index alone. */
export interface FirstPageResult {
  /** Median of `Archive.open` + `listReviews().slice(0, 50)`. */
  openMs: number;
  /** Median of `readFile(offprint.json)` + `JSON.parse`. */
  floorMs: number;
  /** Median of taking and releasing the archive lock alone (warm). */
  lockMs: number;
  repetitions: number;
  /** Whether the page cache was dropped before every timed opening. */
  cold: boolean;
}

/** Everything measured on the real (folder of small files) archive at one size. */
export interface ArchiveResult {
  /** What `Archive.open` reported (a rebuilt index, a recovered file); empty when the archive opened cleanly. */
  notices: string[];
  firstPage: FirstPageResult;
  noteSave: Timings;
  /** Event-loop turns during a second pass of saves, watched by a setImmediate ticker. */
  turns: TurnReport;
  /** Worst lateness of a 1 ms timer during the timed saves (perf_hooks histogram). */
  eventLoopDelayMs: number;
  /** Longest garbage-collection pause during the timed saves. */
  gcPauseMs: number;
  durableWrite: Timings;
  handRolledWrite: Timings;
  notesFileBytes: number;
  openReviewCold: Timings;
  openReviewWarm: Timings;
  /** Whether the page cache was dropped before the cold pass of opening reviews. */
  openReviewDropped: boolean;
}

/** The single-file lowdb baseline at one size, measured; a cell that failed carries the error message. */
export interface NaiveMeasured {
  /** Size of the one file, or null when writing it failed. */
  fileBytes: number | null;
  firstPage: Outcome<{ medianMs: number; repetitions: number; cold: boolean }>;
  noteSave: Outcome<Timings & { longestTurnMs: number }>;
  openReview: Outcome<Timings>;
}

/** The naive baseline at one size, or why it was not generated. */
export type NaiveResult = { skipped: string } | NaiveMeasured;

/** The library opened in Chromium through `offprint serve`: its first paint and how it scrolls. */
export interface LibraryPaintResult {
  /** The browser and window the figures come from, e.g. "Chromium 150.0.7871.100, headless, 1280×800". */
  browser: string;
  /** From navigation start until the main thread finished the first frame holding a library row, first load. */
  firstPaintColdMs: number;
  /** The same after a reload (browser caches warm, the host already running). */
  firstPaintWarmMs: number;
  /** From navigation start until the requests the reader makes on opening had all ended; null past the limit. */
  quietAfterMs: number | null;
  /** How far the list is moved on every frame of the fling, in CSS pixels. */
  flingStepPx: number;
  /** Frames while the list is moved by that step on every frame. */
  fling: FrameStats;
  /** Frames while the list jumps to its end and back to the top. */
  jumps: FrameStats;
  /** Whether the last review's row was in the DOM and in view after every jump to the end. */
  lastRowShown: boolean;
  /** Review rows in the DOM at the end of the list (the list is windowed). */
  rowsInDom: number;
  /** Elements in the whole page at the end of the list. */
  pageElements: number;
}

/** The library in Chromium at one size, or why it was not measured. */
export type LibraryResult = { skipped: string } | Outcome<LibraryPaintResult>;

/** One size's run: the generated archive, its measurements, the naive baseline and the library in Chromium. */
export interface SizeResult {
  size: number;
  files: number;
  bytes: number;
  generateMs: number;
  archive: Outcome<ArchiveResult>;
  naive: NaiveResult;
  library: LibraryResult;
}

/** The computer the figures were taken on. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
  tempDir: string;
  fileSystem: string;
}
