import { summarizeTimings, type Timings } from './measure.ts';

/** How long frames took while the page scrolled: their spread and how many missed a vsync. */
export interface FrameStats extends Timings {
  /** Frames that took longer than one 60 Hz frame (16.7 ms), so at least one vsync passed without a new frame. */
  dropped: number;
}

/** One frame at 60 Hz, in milliseconds. */
export const frameBudgetMs = 1000 / 60;

// rAF timestamps fall on vsync, so a frame lasts 16.7 ms or a multiple of it; the slack absorbs their rounding
// (16.6–16.8 ms) without hiding a frame that really spanned two vsyncs (33.3 ms).
const droppedAboveMs = frameBudgetMs * 1.5;

/** The duration of each frame between consecutive requestAnimationFrame timestamps (one fewer than timestamps). */
export function frameDurations(timestamps: readonly number[]): number[] {
  const durations: number[] = [];
  for (let i = 1; i < timestamps.length; i++) {
    const duration = (timestamps[i] as number) - (timestamps[i - 1] as number);
    if (!(duration >= 0)) {
      throw new Error(`Frame timestamps must not go backwards, but frame ${i} starts ${-duration} ms before the last.`);
    }
    durations.push(duration);
  }
  return durations;
}

/** p50, p95, max and the dropped-frame count of a run of frame durations. */
export function summarizeFrames(durations: readonly number[]): FrameStats {
  if (durations.length === 0) throw new Error('Cannot summarize frames: no frame was recorded.');
  return { ...summarizeTimings(durations), dropped: durations.filter((ms) => ms > droppedAboveMs).length };
}
