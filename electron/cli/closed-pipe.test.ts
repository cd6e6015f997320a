import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exitOnClosedPipe } from './closed-pipe.ts';

test('an output error other than a closed pipe is not swallowed', () => {
  const error = Object.assign(new Error('write EIO'), { code: 'EIO' });
  assert.throws(() => exitOnClosedPipe(error), /write EIO/);
});
