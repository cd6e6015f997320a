import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attempt } from './bench-results.ts';

test('a step that throws becomes a failed outcome carrying its message', async () => {
  const failed = await attempt(async () => {
    throw new RangeError('Invalid string length');
  });
  assert.deepEqual(failed, { ok: false, error: 'Invalid string length' });
});

test('a step that succeeds becomes an outcome with its value', async () => {
  assert.deepEqual(await attempt(async () => 3), { ok: true, value: 3 });
});
