import assert from 'node:assert/strict';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { defaultChromiumPath, findChromium } from './chromium-executable.ts';

/** Runs `check` on a file `chromium` with `text` and `mode` in a new temp folder, removed afterwards. */
async function withChromiumFile(text: string, mode: number, check: (file: string, dir: string) => void): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-bench-chromium-'));
  try {
    const file = path.join(dir, 'chromium');
    await writeFile(file, text);
    await chmod(file, mode);
    check(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('CHROMIUM_PATH names the Chromium to run when it is an executable file', async () => {
  await withChromiumFile('#!/bin/sh\n', 0o755, (executable) => {
    assert.deepEqual(findChromium({ CHROMIUM_PATH: executable }), { path: executable });
  });
});

test('a CHROMIUM_PATH that is missing or not executable is refused, naming the variable', async () => {
  await withChromiumFile('', 0o644, (plain, dir) => {
    for (const chosen of [plain, path.join(dir, 'missing')]) {
      assert.deepEqual(findChromium({ CHROMIUM_PATH: chosen }), {
        reason: `no Chromium executable at CHROMIUM_PATH (${chosen}); install chromium or set CHROMIUM_PATH to one`,
      });
    }
  });
});

test('without CHROMIUM_PATH the Debian Chromium is used, or its absence is the reason', () => {
  const found = findChromium({});
  if ('path' in found) assert.equal(found.path, defaultChromiumPath);
  else assert.match(found.reason, /^no Chromium executable at \/usr\/bin\/chromium; install chromium/);
});
