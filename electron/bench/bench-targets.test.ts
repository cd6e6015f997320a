import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SizeResult } from './bench-results.ts';
import { checkTargets } from './bench-targets.ts';
import { sampleArchiveResult, sampleSizeResult } from './sample-results.ts';

test('targets are checked in the issue order, each against every size', () => {
  const targets = checkTargets([sampleSizeResult(1000), sampleSizeResult(50_000)]);
  assert.deepEqual(
    targets.map((target) => target.name),
    [
      'note save p50 ÷ raw durable write p50',
      'note save p95',
      'note save p50 at 50000 ÷ at 1000',
      'longest main-thread block during saves',
      'first page ÷ read+parse floor',
      'open review cold p50',
    ],
  );
  assert.ok(targets.every((target) => target.met === true));
  assert.deepEqual(targets[0]?.values, [
    { size: 1000, value: 1.5, met: true },
    { size: 50_000, value: 1.5, met: true },
  ]);
});

test('a figure over its limit at any size misses the target', () => {
  const slow = sampleArchiveResult((result) => {
    result.noteSave = { count: 200, p50: 5, p95: 12, max: 30 };
    result.firstPage.openMs = 13;
  });
  const targets = checkTargets([sampleSizeResult(1000), sampleSizeResult(50_000, slow)]);
  const verdicts = Object.fromEntries(targets.map((target) => [target.name, target.met]));
  assert.equal(verdicts['note save p50 ÷ raw durable write p50'], false);
  assert.equal(verdicts['note save p95'], false);
  assert.equal(verdicts['note save p50 at 50000 ÷ at 1000'], false);
  assert.equal(verdicts['first page ÷ read+parse floor'], false);
  assert.equal(verdicts['open review cold p50'], true);
});

test('a size whose measurements failed counts as missed, not as met', () => {
  const failed: SizeResult = { ...sampleSizeResult(10_000), archive: { ok: false, error: 'The archive is locked.' } };
  const targets = checkTargets([sampleSizeResult(1000), failed]);
  assert.ok(targets.every((target) => target.met === false));
  assert.deepEqual(targets[1]?.values[1], { size: 10_000, value: null, met: false });
});

test('the growth from the smallest to the largest size is not judged from one size', () => {
  const scaling = checkTargets([sampleSizeResult(1000)])[2];
  assert.equal(scaling?.met, null);
  assert.equal(scaling?.note, 'needs two sizes');
});
