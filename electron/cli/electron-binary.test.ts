import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { findElectronBinary } from './electron-binary.ts';

const posixOnly = { skip: process.platform === 'win32' ? 'execute permission bits are a POSIX notion' : false };

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'offprint-electron-'));
}

/** A project folder with a fake electron package: package.json, optionally path.txt and the binary it names. */
async function fakeProject(options: { pathTxt?: string; binary?: 'executable' | 'plain' }): Promise<string> {
  const root = await tempDir();
  const packageDir = path.join(root, 'node_modules', 'electron');
  await mkdir(path.join(packageDir, 'dist'), { recursive: true });
  await writeFile(path.join(root, 'package.json'), '{"name":"fake-offprint","private":true}');
  await writeFile(path.join(packageDir, 'package.json'), '{"name":"electron","version":"45.5.0","main":"index.js"}');
  // A throwing index.js proves the lookup never loads the package itself.
  await writeFile(path.join(packageDir, 'index.js'), 'throw new Error("electron/index.js must not be loaded");');
  if (options.pathTxt !== undefined) await writeFile(path.join(packageDir, 'path.txt'), options.pathTxt);
  if (options.binary) {
    const binary = path.join(packageDir, 'dist', 'electron');
    await writeFile(binary, '#!/bin/sh\nexit 0\n');
    await chmod(binary, options.binary === 'executable' ? 0o755 : 0o644);
  }
  return root;
}

async function executable(dir: string, name: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, '#!/bin/sh\nexit 0\n');
  await chmod(file, 0o755);
  return file;
}

test('ELECTRON_PATH naming an executable file wins', posixOnly, async () => {
  const dir = await tempDir();
  const binary = await executable(dir, 'electron');
  const root = await fakeProject({ pathTxt: 'electron', binary: 'executable' });
  assert.deepEqual(findElectronBinary({ ELECTRON_PATH: binary }, root), { path: binary });
});

test('the binary the electron package installed is found through path.txt', posixOnly, async () => {
  const root = await fakeProject({ pathTxt: 'electron', binary: 'executable' });
  const found = findElectronBinary({}, root);
  assert.deepEqual(found, { path: path.join(root, 'node_modules', 'electron', 'dist', 'electron') });
});

test('a missing ELECTRON_PATH file falls back to the installed binary', posixOnly, async () => {
  const root = await fakeProject({ pathTxt: 'electron\n', binary: 'executable' });
  const found = findElectronBinary({ ELECTRON_PATH: path.join(root, 'no-such-electron') }, root);
  assert.deepEqual(found, { path: path.join(root, 'node_modules', 'electron', 'dist', 'electron') });
});

test('without path.txt there is no binary, and the reason says so in one line', async () => {
  const root = await fakeProject({});
  assert.deepEqual(findElectronBinary({}, root), {
    reason: 'No Electron binary on this machine (ELECTRON_PATH is not set and node_modules/electron/dist is missing).',
  });
});

test('a path.txt naming a binary that is not there gives the same reason', async () => {
  const root = await fakeProject({ pathTxt: 'electron' });
  assert.ok('reason' in findElectronBinary({}, root));
});

test('a binary without the execute bit is not used', posixOnly, async () => {
  const root = await fakeProject({ pathTxt: 'electron', binary: 'plain' });
  assert.ok('reason' in findElectronBinary({}, root));
});

test('a bad ELECTRON_PATH is named in the reason when nothing else is found', async () => {
  const root = await fakeProject({});
  const dir = await tempDir();
  const found = findElectronBinary({ ELECTRON_PATH: dir }, root);
  assert.deepEqual(found, {
    reason: `No Electron binary on this machine (ELECTRON_PATH ("${dir}") is not an executable file and node_modules/electron/dist is missing).`,
  });
});

test('a project without the electron package says the package is not installed', async () => {
  const root = await tempDir();
  await writeFile(path.join(root, 'package.json'), '{"name":"bare","private":true}');
  const found = findElectronBinary({}, root);
  assert.ok('reason' in found);
  assert.match(found.reason, /the electron package is not installed/);
  assert.doesNotMatch(found.reason, /\n/);
});
