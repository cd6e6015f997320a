import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultSizes, parseBenchOptions } from './bench-options.ts';

test('with no flags the run measures 1k, 10k and 50k reviews and prints tables', () => {
  assert.deepEqual(parseBenchOptions([]), { sizes: defaultSizes, json: false });
  assert.deepEqual(defaultSizes, [1000, 10_000, 50_000]);
});

test('--sizes takes a comma-separated list and --json asks for JSON', () => {
  assert.deepEqual(parseBenchOptions(['--sizes', '1000, 10_000', '--json']), { sizes: [1000, 10_000], json: true });
  assert.deepEqual(parseBenchOptions(['--sizes=500']).sizes, [500]);
});

test('a size that is not a whole number of reviews is refused with the usage', () => {
  for (const sizes of ['0', '1k', '1.5', '', '2000000', '1000,,']) {
    assert.throws(() => parseBenchOptions(['--sizes', sizes]), /--sizes takes review counts .* Usage: npm run bench/);
  }
  assert.throws(() => parseBenchOptions(['--sizes', '-5']), /ambiguous.*Usage: npm run bench/);
});

test('an unknown flag or a stray argument is refused with the usage', () => {
  assert.throws(() => parseBenchOptions(['--size', '10']), /Unknown option '--size'.*Usage: npm run bench/);
  assert.throws(() => parseBenchOptions(['1000']), /Usage: npm run bench/);
});
