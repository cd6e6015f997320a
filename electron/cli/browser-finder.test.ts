import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { findAppBrowser, missingDisplay } from './browser-finder.ts';

const posixOnly = { skip: process.platform === 'win32' ? 'execute permission bits are a POSIX notion' : false };

async function executable(dir: string, name: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, name);
  await writeFile(file, '#!/bin/sh\nexit 0\n');
  await chmod(file, 0o755);
  return file;
}

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'offprint-browser-'));
}

test('OFFPRINT_BROWSER wins over CHROMIUM_PATH and PATH', posixOnly, async () => {
  const dir = await tempDir();
  const chosen = await executable(path.join(dir, 'chosen'), 'my-chrome');
  const chromium = await executable(path.join(dir, 'bin'), 'chromium');
  const found = findAppBrowser({ OFFPRINT_BROWSER: chosen, CHROMIUM_PATH: chromium, PATH: path.dirname(chromium) });
  assert.deepEqual(found, { path: chosen });
});

test('CHROMIUM_PATH is used when OFFPRINT_BROWSER is not an executable', posixOnly, async () => {
  const dir = await tempDir();
  const chromium = await executable(dir, 'chromium-build');
  const found = findAppBrowser({ OFFPRINT_BROWSER: path.join(dir, 'missing'), CHROMIUM_PATH: chromium, PATH: '' });
  assert.deepEqual(found, { path: chromium });
});

test('a well-known browser name on PATH is found, in the order Chromium, Chrome, Edge', posixOnly, async () => {
  const dir = await tempDir();
  const edge = await executable(path.join(dir, 'a'), 'microsoft-edge');
  const chrome = await executable(path.join(dir, 'b'), 'google-chrome-stable');
  assert.deepEqual(findAppBrowser({ PATH: path.dirname(edge) }, 'linux'), { path: edge });
  const both = [path.dirname(edge), path.dirname(chrome)].join(path.delimiter);
  assert.deepEqual(findAppBrowser({ PATH: both }, 'linux'), { path: edge });
  await executable(path.join(dir, 'b'), 'chromium-browser');
  assert.deepEqual(findAppBrowser({ PATH: path.dirname(chrome) }, 'linux'), {
    path: path.join(dir, 'b', 'chromium-browser'),
  });
});

test('with no browser anywhere the reason says what to set, in one line', async () => {
  const found = findAppBrowser({ PATH: await tempDir() }, 'linux');
  assert.ok('reason' in found);
  assert.match(found.reason, /set OFFPRINT_BROWSER/);
  assert.doesNotMatch(found.reason, /\n/);
});

test('Linux needs DISPLAY or WAYLAND_DISPLAY for a window; macOS and Windows always have one', () => {
  assert.match(missingDisplay({}, 'linux') ?? '', /neither DISPLAY nor WAYLAND_DISPLAY is set/);
  assert.match(missingDisplay({}, 'freebsd') ?? '', /neither DISPLAY nor WAYLAND_DISPLAY is set/);
  assert.equal(missingDisplay({ DISPLAY: ':99' }, 'linux'), undefined);
  assert.equal(missingDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux'), undefined);
  assert.equal(missingDisplay({}, 'darwin'), undefined);
  assert.equal(missingDisplay({}, 'win32'), undefined);
});
