import assert from 'node:assert/strict';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { defaultChromiumPath, findChromium } from './chromium-executable.ts';

test('CHROMIUM_PATH names the Chromium to run when it is an executable file', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-bench-chromium-'));
  try {
    const executable = path.join(dir, 'chromium');
    await writeFile(executable, '#!/bin/sh\n');
    await chmod(executable, 0o755);
    assert.deepEqual(findChromium({ CHROMIUM_PATH: executable }), { path: executable });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a CHROMIUM_PATH that is missing or not executable is refused, naming the variable', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-bench-chromium-'));
  try {
    const plain = path.join(dir, 'chromium');
    await writeFile(plain, '');
    await chmod(plain, 0o644);
    for (const chosen of [plain, path.join(dir, 'missing')]) {
      assert.deepEqual(findChromium({ CHROMIUM_PATH: chosen }), {
        reason: `no Chromium executable at CHROMIUM_PATH (${chosen}); install chromium or set CHROMIUM_PATH to one`,
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('without CHROMIUM_PATH the Debian Chromium is used, or its absence is the reason', () => {
  const found = findChromium({});
  if ('path' in found) assert.equal(found.path, defaultChromiumPath);
  else assert.match(found.reason, /^no Chromium executable at \/usr\/bin\/chromium; install chromium/);
});
