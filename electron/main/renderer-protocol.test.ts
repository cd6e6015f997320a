import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { contentSecurityPolicy } from '../host/renderer-files.ts';
import './test-support/electron-alias.ts';

const { serveRenderer } = await import('./renderer-protocol.ts');
const standIn = await import('./test-support/electron-stand-in.ts');

const rendererDir = await mkdtemp(path.join(os.tmpdir(), 'offprint-protocol-renderer-'));
const archiveDir = await mkdtemp(path.join(os.tmpdir(), 'offprint-protocol-archive-'));
await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Offprint</title>');
await writeFile(path.join(rendererDir, 'app.js'), 'export {};');
await mkdir(path.join(archiveDir, 'assets', 'review-1'), { recursive: true });
await writeFile(path.join(archiveDir, 'assets', 'review-1', 'figure.png'), 'png bytes');
serveRenderer(standIn.protocol as unknown as Electron.Protocol, rendererDir, archiveDir);

async function ask(url: string, method = 'GET'): Promise<Response> {
  const handler = standIn.protocol.handlers.get('offprint');
  assert.ok(handler, 'no handler for offprint://');
  return handler(new Request(url, method === 'GET' ? {} : { method, body: '{}' }));
}

test('the page is served with the strict policy', async () => {
  const response = await ask('offprint://app/index.html');
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-security-policy'), contentSecurityPolicy);
  assert.match(await response.text(), /<title>Offprint<\/title>/);
  assert.equal((await ask('offprint://app/app.js')).headers.get('content-type'), 'text/javascript; charset=utf-8');
});

test('a file that is not in the build, or climbs out of it, is not found', async () => {
  for (const url of ['offprint://app/missing.js', 'offprint://app/..%2fpackage.json', 'offprint://app/%2e%2e/x.js']) {
    const response = await ask(url);
    assert.equal(response.status, 404, url);
    assert.equal(await response.text(), 'Not found.');
  }
});

test('anything but GET is refused with 405', async () => {
  const response = await ask('offprint://app/index.html', 'POST');
  assert.equal(response.status, 405);
  assert.equal(response.headers.get('allow'), 'GET');
});

test('another host of the scheme is not found', async () => {
  assert.equal((await ask('offprint://other/index.html')).status, 404);
});

test('a saved image of the archive is served as an asset, and nothing else from the archive', async () => {
  const image = await ask('offprint://app/assets/review-1/figure.png');
  assert.equal(image.status, 200);
  assert.equal(image.headers.get('content-type'), 'image/png');
  assert.equal(await image.text(), 'png bytes');
  assert.equal((await ask('offprint://app/assets/review-1/..%2f..%2foffprint.json')).status, 404);
  assert.equal((await ask('offprint://app/assets/review-1/missing.png')).status, 404);
});
