import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import {
  contentSecurityPolicy,
  contentTypeFor,
  readRendererFile,
  rendererHeaders,
  resolveRendererFile,
} from './renderer-files.ts';

/** A temp folder holding a renderer build in `renderer/` and a secret file beside it. */
async function rendererBuild(): Promise<{ root: string; rendererDir: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'offprint-renderer-'));
  const rendererDir = path.join(root, 'renderer');
  await mkdir(path.join(rendererDir, 'fonts'), { recursive: true });
  await mkdir(path.join(rendererDir, 'folder.js'));
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Offprint</title>');
  await writeFile(path.join(rendererDir, 'app.js'), 'console.log("app");');
  await writeFile(path.join(rendererDir, 'fonts', 'serif.woff2'), 'font');
  await writeFile(path.join(root, 'secret.js'), 'secret');
  return { root, rendererDir };
}

test('the site root and plain file paths resolve inside the renderer folder', () => {
  const dir = path.resolve('/srv/renderer');
  assert.equal(resolveRendererFile(dir, '/'), path.join(dir, 'index.html'));
  assert.equal(resolveRendererFile(dir, '/app.js'), path.join(dir, 'app.js'));
  assert.equal(resolveRendererFile(dir, '/fonts/serif%20bold.woff2'), path.join(dir, 'fonts', 'serif bold.woff2'));
});

test('paths that climb out of the renderer folder are refused, however they are spelled', () => {
  const dir = path.resolve('/srv/renderer');
  for (const pathname of [
    '/../secret.js',
    '/%2e%2e/secret.js',
    '/fonts/..%2F..%2Fsecret.js',
    '/fonts/%2E%2E/%2E%2E/secret.js',
    '/..%5csecret.js',
    '/fonts\\..\\..\\secret.js',
    '//etc/passwd.txt',
  ]) {
    assert.equal(resolveRendererFile(dir, pathname), null, pathname);
  }
});

test('malformed paths, NUL bytes, relative paths and unknown file kinds are refused', () => {
  const dir = path.resolve('/srv/renderer');
  assert.equal(resolveRendererFile(dir, '/%E0%A4%A'), null);
  assert.equal(resolveRendererFile(dir, '/app.js%00.html'), null);
  assert.equal(resolveRendererFile(dir, 'app.js'), null);
  assert.equal(resolveRendererFile(dir, '/tool.exe'), null);
  assert.equal(resolveRendererFile(dir, '/fonts/'), null);
});

test('content types name the charset for text and are chosen case-insensitively', () => {
  assert.equal(contentTypeFor('index.html'), 'text/html; charset=utf-8');
  assert.equal(contentTypeFor('app.js'), 'text/javascript; charset=utf-8');
  assert.equal(contentTypeFor('STYLES.CSS'), 'text/css; charset=utf-8');
  assert.equal(contentTypeFor('serif.woff2'), 'font/woff2');
  assert.equal(contentTypeFor('notes'), undefined);
});

test('a file of the build is read with its type and the same CSP as the page', async () => {
  const { rendererDir } = await rendererBuild();
  const page = await readRendererFile(rendererDir, '/');
  assert.ok(page);
  assert.equal(page.body.toString(), '<!doctype html><title>Offprint</title>');
  assert.equal(page.headers['Content-Type'], 'text/html; charset=utf-8');
  assert.equal(page.headers['Content-Security-Policy'], contentSecurityPolicy);
  assert.equal(page.headers['X-Content-Type-Options'], 'nosniff');
  const script = await readRendererFile(rendererDir, '/app.js');
  assert.equal(script?.headers['Content-Type'], 'text/javascript; charset=utf-8');
});

test('missing files, folders and files outside the build read as nothing', async () => {
  const { rendererDir } = await rendererBuild();
  assert.equal(await readRendererFile(rendererDir, '/missing.js'), null);
  assert.equal(await readRendererFile(rendererDir, '/folder.js'), null);
  assert.equal(await readRendererFile(rendererDir, '/../secret.js'), null);
  assert.equal(await readRendererFile(path.join(rendererDir, 'nowhere'), '/app.js'), null);
});

test('a link inside the build that leads outside it reads as nothing', async (t) => {
  const { root, rendererDir } = await rendererBuild();
  try {
    await symlink(path.join(root, 'secret.js'), path.join(rendererDir, 'leak.js'));
  } catch {
    t.skip('this file system cannot make symbolic links');
    return;
  }
  assert.equal(await readRendererFile(rendererDir, '/leak.js'), null);
});

test('the CSP allows only the app itself and inline data images', () => {
  assert.match(contentSecurityPolicy, /^default-src 'none'; script-src 'self';/);
  assert.match(contentSecurityPolicy, /img-src 'self' data:;/);
  assert.match(contentSecurityPolicy, /frame-ancestors 'none';/);
  assert.match(contentSecurityPolicy, /require-trusted-types-for 'script'; trusted-types dompurify$/);
  assert.equal(rendererHeaders('blob.bin')['Content-Type'], 'application/octet-stream');
});

test("the page's own meta policy says the same as the header, but for frame-ancestors, which a meta tag cannot carry", async () => {
  const page = await readFile(new URL('../../renderer/index.html', import.meta.url), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page)?.[1];
  assert.equal(meta, contentSecurityPolicy.replace(" frame-ancestors 'none';", ''));
});
