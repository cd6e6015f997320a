import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { encodeBase64 } from './base64-bytes.ts';

test('bytes encode exactly as Node encodes them, across piece boundaries and at every padding length', () => {
  for (const size of [0, 1, 2, 3, 24_575, 24_576, 24_577, 100_000, 1_000_001]) {
    const bytes = new Uint8Array(randomBytes(size));
    assert.equal(encodeBase64(bytes), Buffer.from(bytes).toString('base64'), `size ${size}`);
  }
});
