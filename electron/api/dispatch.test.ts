import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { OffprintApi } from './contract.ts';
import { dispatch } from './dispatch.ts';
import { openLibrary } from './library.ts';

async function library() {
  return openLibrary(await mkdtemp(path.join(os.tmpdir(), 'offprint-dispatch-')));
}

test('a valid call answers with its value', async () => {
  const { api } = await library();
  const result = await dispatch(api, 'listReviews', {});
  assert.equal(result.ok, true);
});

test('an unknown method is refused by name, including inherited object keys', async () => {
  const { api } = await library();
  assert.deepEqual(await dispatch(api, 'eraseEverything', {}), {
    ok: false,
    kind: 'unsupported',
    error: 'Offprint has no method "eraseEverything".',
  });
  assert.equal((await dispatch(api, 'toString', {})).ok, false);
  assert.equal((await dispatch(api, '__proto__', {})).ok, false);
});

test('input that breaks the contract is refused before the library sees it, naming the field', async () => {
  const { api } = await library();
  const result = await dispatch(api, 'saveNote', { reviewId: '../../etc/passwd', body: 'x' });
  assert.equal(result.ok, false);
  assert.match(result.ok ? '' : result.error, /^Invalid input for saveNote \(reviewId\): must be 1–64 letters/);
  const extra = await dispatch(api, 'listReviews', { sneaky: true });
  assert.equal(extra.ok, false);
});

test('a reader-facing error passes through as its own message', async () => {
  const { api } = await library();
  assert.deepEqual(await dispatch(api, 'getReview', { id: 'missing' }), {
    ok: false,
    kind: 'not-found',
    error: 'There is no review with id "missing" in this archive.',
  });
});

test('an unexpected failure is named with its method, not thrown across the wire', async () => {
  const { api } = await library();
  const broken: OffprintApi = {
    ...api,
    listReviews: async () => {
      throw new TypeError('disk vanished');
    },
  };
  assert.deepEqual(await dispatch(broken, 'listReviews', {}), {
    ok: false,
    kind: 'io',
    error: 'listReviews failed unexpectedly: disk vanished',
  });
});

test('a settings change touches only the fields it names', async () => {
  const { api } = await library();
  await dispatch(api, 'updateSettings', { fontSize: 24 });
  const result = await dispatch(api, 'updateSettings', { theme: 'dark' });
  assert.deepEqual(result.ok && result.value, {
    theme: 'dark',
    fontSize: 24,
    typeface: 'serif',
    lineHeight: 'comfortable',
    lastReviewId: null,
    window: null,
    fetchRemoteImages: false,
    libraryView: null,
    autoBackup: null,
    libraryFolded: false,
    sidePanelFolded: false,
  });
});
