import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const launchScript = fileURLToPath(new URL('./launch.ts', import.meta.url));
const posixOnly = { skip: process.platform === 'win32' ? 'the stand-in Electron is a shell script' : false };

/** A stand-in Electron binary that prints what it was given and exits with `code`. */
async function standInElectron(code: number): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-launch-'));
  const file = path.join(dir, 'electron');
  await writeFile(
    file,
    `#!/bin/sh\necho "args: $*"\necho "run as node: \${ELECTRON_RUN_AS_NODE:-unset}"\nexit ${code}\n`,
  );
  await chmod(file, 0o755);
  return file;
}

function runLaunch(args: string[], env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, ['--import', 'tsx', launchScript, ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
}

test('Electron is started with the project as the app and the arguments passed on', posixOnly, async () => {
  const electron = await standInElectron(0);
  const result = runLaunch(['--archive', '/tmp/reviews'], { ELECTRON_PATH: electron });
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, new RegExp(`^args: ${projectRoot} --archive /tmp/reviews$`, 'm'));
  assert.equal(result.stderr, '');
});

test("the launcher exits with Electron's exit code", posixOnly, async () => {
  const electron = await standInElectron(3);
  assert.equal(runLaunch([], { ELECTRON_PATH: electron }).status, 3);
});

test('an inherited ELECTRON_RUN_AS_NODE is not passed to Electron', posixOnly, async () => {
  const electron = await standInElectron(0);
  const result = runLaunch([], { ELECTRON_PATH: electron, ELECTRON_RUN_AS_NODE: '1' });
  assert.match(result.stdout, /^run as node: unset$/m);
});
