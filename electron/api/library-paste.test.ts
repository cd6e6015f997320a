import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { dispatch } from './dispatch.ts';
import { openLibrary } from './library.ts';

test('a pasted HTML over the note limit is refused with one line, before it is parsed', async () => {
  const { api } = await openLibrary(await mkdtemp(path.join(os.tmpdir(), 'offprint-paste-')));
  const result = await dispatch(api, 'convertPastedHtml', { html: 'x'.repeat(1_000_001) });
  assert.equal(result.ok, false);
  assert.match(result.ok ? '' : result.error, /^Invalid input for convertPastedHtml \(html\)/);
  assert.deepEqual(await dispatch(api, 'convertPastedHtml', { html: '<p>fine</p>' }), {
    ok: true,
    value: { markdown: 'fine' },
  });
});
