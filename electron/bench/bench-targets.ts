import type { ArchiveResult, SizeResult } from './bench-results.ts';

/** One target's figure at one size; `value` is null when the measurement failed. */
export interface TargetValue {
  size: number;
  value: number | null;
  met: boolean;
}

/** A target from the issue, checked against every size; `met` is null when it could not be judged. */
export interface TargetCheck {
  name: string;
  limit: number;
  unit: '×' | 'ms';
  values: TargetValue[];
  met: boolean | null;
  note?: string;
}

interface PerSizeTarget {
  name: string;
  limit: number;
  unit: '×' | 'ms';
  measure(result: ArchiveResult): number;
}

const saveVersusWrite: PerSizeTarget = {
  name: 'note save p50 ÷ raw durable write p50',
  limit: 2,
  unit: '×',
  measure: (result) => result.noteSave.p50 / result.durableWrite.p50,
};
const saveP95: PerSizeTarget = { name: 'note save p95', limit: 10, unit: 'ms', measure: (r) => r.noteSave.p95 };
const longestBlock: PerSizeTarget = {
  name: 'longest main-thread block during saves',
  limit: 2,
  unit: 'ms',
  measure: (result) => result.turns.longestMs,
};
const firstPageVersusFloor: PerSizeTarget = {
  name: 'first page ÷ read+parse floor',
  limit: 1.2,
  unit: '×',
  measure: (result) => result.firstPage.openMs / result.firstPage.floorMs,
};
const openReviewCold: PerSizeTarget = {
  name: 'open review cold p50',
  limit: 25,
  unit: 'ms',
  measure: (result) => result.openReviewCold.p50,
};

/** Checks the targets against a run, in the order; a failed measurement counts as missed. */
export function checkTargets(sizes: readonly SizeResult[]): TargetCheck[] {
  return [
    checkPerSize(saveVersusWrite, sizes),
    checkPerSize(saveP95, sizes),
    checkScaling(sizes),
    checkPerSize(longestBlock, sizes),
    checkPerSize(firstPageVersusFloor, sizes),
    checkPerSize(openReviewCold, sizes),
  ];
}

function checkPerSize(target: PerSizeTarget, sizes: readonly SizeResult[]): TargetCheck {
  const values = sizes.map(({ size, archive }) => {
    const value = archive.ok ? target.measure(archive.value) : null;
    return { size, value, met: value !== null && value <= target.limit };
  });
  const met = values.length === 0 ? null : values.every((value) => value.met);
  return { name: target.name, limit: target.limit, unit: target.unit, values, met };
}

function checkScaling(sizes: readonly SizeResult[]): TargetCheck {
  const ordered = [...sizes].sort((a, b) => a.size - b.size);
  const smallest = ordered[0];
  const largest = ordered.at(-1);
  const limit = 1.25;
  if (!smallest || !largest || smallest.size === largest.size) {
    const name = 'note save p50 at the largest size ÷ at the smallest';
    return { name, limit, unit: '×', values: [], met: null, note: 'needs two sizes' };
  }
  const name = `note save p50 at ${largest.size} ÷ at ${smallest.size}`;
  const value =
    smallest.archive.ok && largest.archive.ok
      ? largest.archive.value.noteSave.p50 / smallest.archive.value.noteSave.p50
      : null;
  const met = value !== null && value <= limit;
  return { name, limit, unit: '×', values: [{ size: largest.size, value, met }], met };
}
