import assert from 'node:assert/strict';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { contentTypeFor, resolveStaticFile } from './static-files.ts';

/** A renderer folder with a few files, next to a secret that must never be served. */
async function rendererFolder(): Promise<string> {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'offprint-static-'));
  const dir = path.join(parent, 'renderer');
  await mkdir(path.join(dir, 'fonts'), { recursive: true });
  await writeFile(path.join(dir, 'index.html'), '<!doctype html>');
  await writeFile(path.join(dir, 'app.js'), '');
  await writeFile(path.join(dir, 'fonts', 'serif.woff2'), '');
  await writeFile(path.join(dir, 'notes.txt'), '');
  await writeFile(path.join(parent, 'secret.json'), '{}');
  await symlink(path.join(parent, 'secret.json'), path.join(dir, 'linked.json'));
  return dir;
}

test('the root path serves index.html and other paths their file', async () => {
  const dir = await rendererFolder();
  assert.equal(await resolveStaticFile(dir, '/'), path.join(dir, 'index.html'));
  assert.equal(await resolveStaticFile(dir, '/app.js'), path.join(dir, 'app.js'));
  assert.equal(await resolveStaticFile(dir, '/fonts/serif.woff2'), path.join(dir, 'fonts', 'serif.woff2'));
  assert.equal(await resolveStaticFile(dir, '/fonts%2Fserif.woff2'), path.join(dir, 'fonts', 'serif.woff2'));
});

test('paths that climb out of the renderer folder find nothing, however they are spelled', async () => {
  const dir = await rendererFolder();
  for (const attempt of ['/../secret.json', '/%2e%2e/secret.json', '/..%2fsecret.json', '/fonts/../../secret.json']) {
    assert.equal(await resolveStaticFile(dir, attempt), null, attempt);
  }
});

test('absolute, backslashed, NUL-bearing and malformed paths find nothing', async () => {
  const dir = await rendererFolder();
  for (const attempt of ['//etc/passwd', '/..\\secret.json', '/index.html%00.js', '/%E0%A4%A', 'app.js']) {
    assert.equal(await resolveStaticFile(dir, attempt), null, attempt);
  }
});

test('a link that leads out of the renderer folder is not followed', async () => {
  assert.equal(await resolveStaticFile(await rendererFolder(), '/linked.json'), null);
});

test('folders, missing files and kinds of file the reader does not use are not served', async () => {
  const dir = await rendererFolder();
  for (const attempt of ['/fonts', '/fonts/', '/missing.js', '/notes.txt']) {
    assert.equal(await resolveStaticFile(dir, attempt), null, attempt);
  }
});

test('each kind of file the renderer build holds has its content type', () => {
  assert.equal(contentTypeFor('index.html'), 'text/html; charset=utf-8');
  assert.equal(contentTypeFor('app.js'), 'text/javascript; charset=utf-8');
  assert.equal(contentTypeFor('styles.css'), 'text/css; charset=utf-8');
  assert.equal(contentTypeFor('app.js.map'), 'application/json; charset=utf-8');
  assert.equal(contentTypeFor('icon.png'), 'image/png');
  assert.equal(contentTypeFor('icon.svg'), 'image/svg+xml');
  assert.equal(contentTypeFor('serif.woff2'), 'font/woff2');
  assert.equal(contentTypeFor('manifest.json'), 'application/json; charset=utf-8');
  assert.equal(contentTypeFor('notes.txt'), undefined);
});
