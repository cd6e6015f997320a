import assert from 'node:assert/strict';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { assetContentType, readAssetFile, resolveAssetFile } from './archive-assets.ts';

const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

async function archiveWithImage(): Promise<string> {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'offprint-assets-'));
  const dir = path.join(parent, 'archive');
  await mkdir(path.join(dir, 'assets', 'review-1'), { recursive: true });
  await writeFile(path.join(dir, 'assets', 'review-1', 'a1b2c3.png'), png);
  await writeFile(path.join(dir, 'offprint.json'), '{"secret":true}');
  await writeFile(path.join(parent, 'outside.png'), png);
  return dir;
}

test('an image of a review is read with its type, no sniffing and a policy that runs nothing', async () => {
  const dir = await archiveWithImage();
  const file = await readAssetFile(dir, '/assets/review-1/a1b2c3.png');
  assert.deepEqual(file?.body, png);
  assert.equal(file?.headers['Content-Type'], 'image/png');
  assert.equal(file?.headers['X-Content-Type-Options'], 'nosniff');
  assert.match(file?.headers['Content-Security-Policy'] ?? '', /default-src 'none'.*sandbox/);
});

test('paths that climb out of the assets folder or name other files are refused', () => {
  const dir = '/archive';
  for (const pathname of [
    '/assets/../offprint.json',
    '/assets/review-1/../../offprint.json',
    '/assets/review-1/%2e%2e%2foffprint.json',
    '/assets/..%2f..%2foutside.png',
    '/assets/review-1/..',
    '/assets/review-1/.hidden.png',
    '/assets/review-1/a\\b.png',
    '/assets/review-1/sub/a.png',
    '/assets/review-1/a.png%00.json',
    '/assets/review-1/notes.json',
    '/assets/review-1/%E0%A4%A',
    '/reviews/review-1.json',
    '/assets/a.png',
  ]) {
    assert.equal(resolveAssetFile(dir, pathname), null, pathname);
  }
  assert.equal(
    resolveAssetFile(dir, '/assets/review-1/a1b2c3.png'),
    path.join('/archive', 'assets', 'review-1', 'a1b2c3.png'),
  );
});

test('a missing image, a folder and a link out of the archive read as nothing', async () => {
  const dir = await archiveWithImage();
  await symlink(path.join(dir, '..', 'outside.png'), path.join(dir, 'assets', 'review-1', 'link.png'));
  await mkdir(path.join(dir, 'assets', 'review-1', 'folder.png'));
  assert.equal(await readAssetFile(dir, '/assets/review-1/missing.png'), null);
  assert.equal(await readAssetFile(dir, '/assets/review-1/link.png'), null);
  assert.equal(await readAssetFile(dir, '/assets/review-1/folder.png'), null);
  assert.equal(await readAssetFile(path.join(dir, 'nowhere'), '/assets/review-1/a1b2c3.png'), null);
});

test('only images that cannot carry scripts have a content type', () => {
  assert.equal(assetContentType('a.JPG'), 'image/jpeg');
  assert.equal(assetContentType('a.webp'), 'image/webp');
  assert.equal(assetContentType('a.html'), undefined);
  assert.equal(assetContentType('a.js'), undefined);
  assert.equal(assetContentType('a.svg'), undefined);
});
