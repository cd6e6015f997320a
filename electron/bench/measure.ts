import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** The spread of a set of timings, in milliseconds. */
export interface Timings {
  count: number;
  p50: number;
  p95: number;
  max: number;
}

/** The nearest-rank percentile `p` (0–100) of `values`: always one of the measured values, never interpolated. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('Cannot take a percentile of no measurements.');
  if (!(p >= 0 && p <= 100)) throw new Error(`A percentile is between 0 and 100, not ${p}.`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/** The median (nearest-rank p50) of `values`. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** p50, p95 and max of `values`. */
export function summarizeTimings(values: readonly number[]): Timings {
  return {
    count: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: percentile(values, 100),
  };
}

/** Runs `work` and answers how long it took, in milliseconds, with its value. */
export async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/**
 * Writes dirty pages out and drops the kernel's page, dentry and inode caches, so the next read goes to the disk.
 * Works only as root on Linux; answers whether the caches were dropped.
 */
export function dropPageCache(): boolean {
  try {
    execFileSync('sync');
    writeFileSync('/proc/sys/vm/drop_caches', '3');
    return true;
  } catch {
    return false;
  }
}
