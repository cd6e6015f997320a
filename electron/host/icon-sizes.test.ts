import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { OffprintError } from '../model/offprint-error.ts';
import { iconFiles, pngSize } from './icon-sizes.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the app icons in build/', () => {
  test('are the 1024 master and the Linux sizes 16 to 512', () => {
    assert.deepEqual(
      iconFiles().map(({ file }) => file),
      [
        'build/icon.png',
        'build/icons/16x16.png',
        'build/icons/32x32.png',
        'build/icons/48x48.png',
        'build/icons/64x64.png',
        'build/icons/128x128.png',
        'build/icons/256x256.png',
        'build/icons/512x512.png',
      ],
    );
  });

  for (const { file, size } of iconFiles()) {
    test(`${file} is a ${size}×${size} PNG`, async () => {
      const bytes = await readFile(path.join(root, file)).catch(() =>
        assert.fail(`${file} is missing; run "npm run icons"`),
      );
      assert.deepEqual(pngSize(bytes, file), { width: size, height: size });
    });
  }
});

describe('reading a PNG header', () => {
  test('a file that is not a PNG is named, with how to make it again', () => {
    assert.throws(
      () => pngSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'build/icon.png'),
      (error: unknown) =>
        error instanceof OffprintError &&
        error.message === 'build/icon.png is not a PNG image; run "npm run icons" to make it again.',
    );
  });

  test('a PNG cut off before its size is refused', async () => {
    const whole = await readFile(path.join(root, 'build/icons/16x16.png'));
    assert.throws(() => pngSize(whole.subarray(0, 20), '16x16.png'), /16x16\.png is not a PNG image/);
  });
});
