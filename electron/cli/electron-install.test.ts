import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { installElectron, installTimeoutMs, skippedInstall } from './electron-install.ts';

/** A stand-in installer script in a temp folder, optionally beside a package.json like the electron package's. */
async function standInInstaller(source: string, packageJson?: object): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-installer-'));
  const file = path.join(dir, 'install.js');
  await writeFile(file, source);
  if (packageJson) await writeFile(path.join(dir, 'package.json'), JSON.stringify(packageJson));
  return file;
}

function recorder(): { write(text: string | Uint8Array): boolean; text(): string } {
  let written = '';
  return {
    write: (text) => {
      written += text.toString();
      return true;
    },
    text: () => written,
  };
}

/** Whether `pid` is a live process; a killed one whose parent is gone may linger as a zombie until reaped. */
async function isRunning(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return !/^\d+ \(.*\) Z/.test(stat);
}

test('a successful installer is reported as installed, its output relayed as progress', async () => {
  const installer = await standInInstaller('console.log("Downloading electron: 100%");');
  const progress = recorder();
  const outcome = await installElectron({ installer, env: process.env, timeoutMs: 30_000, progress });
  assert.deepEqual(outcome, { installed: true });
  assert.equal(progress.text(), 'Downloading electron: 100%\n');
});

test('the environment reaches the installer untouched, so Electron mirror and cache settings apply', async () => {
  const installer = await standInInstaller(
    'console.log(process.env.ELECTRON_MIRROR, process.env.electron_config_cache);',
  );
  const progress = recorder();
  const env = { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/mirror/', electron_config_cache: '/tmp/cache' };
  await installElectron({ installer, env, timeoutMs: 30_000, progress });
  assert.equal(progress.text(), 'http://127.0.0.1:9/mirror/ /tmp/cache\n');
});

test('a failing installer becomes one line naming its error, without the stack trace, and the Node it asks for', async () => {
  const installer = await standInInstaller(
    'const error = new TypeError("fetch failed"); console.error(error.stack); process.exit(1);',
    { name: 'electron', engines: { node: '>= 22.12.0' } },
  );
  const outcome = await installElectron({ installer, env: process.env, timeoutMs: 30_000, progress: recorder() });
  assert.ok('reason' in outcome);
  assert.equal(
    outcome.reason,
    `Could not get Electron: its installer failed (TypeError: fetch failed). It needs a network and Node >=22.12.0 (this is Node ${process.versions.node}); run "npm run get-electron" to try again, or set ELECTRON_PATH to an Electron binary.`,
  );
});

test('on a terminal the progress bar reaches it while the error report and an uncaught error stay out', async () => {
  const installer = await standInInstaller(
    [
      "process.stderr.write('Downloading electron.zip: [====] 100%\\n');",
      "console.error(new TypeError('fetch failed').stack);",
      "throw new Error('the extractor failed');",
    ].join('\n'),
  );
  const module = fileURLToPath(new URL('./electron-install.ts', import.meta.url));
  const script = `import { installElectron } from ${JSON.stringify(module)};
    const outcome = await installElectron({ installer: ${JSON.stringify(installer)}, env: process.env, timeoutMs: 30000,
      progress: process.stdout, progressBar: 'inherit' });
    process.stdout.write(JSON.stringify(outcome));`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  assert.equal(run.stderr, 'Downloading electron.zip: [====] 100%\n');
  assert.match(
    JSON.parse(run.stdout).reason,
    /^Could not get Electron: its installer failed \(TypeError: fetch failed\)/,
  );
});

test('an installer that fails without an error line is named by its exit code', async () => {
  const installer = await standInInstaller('process.exit(7);');
  const outcome = await installElectron({ installer, env: process.env, timeoutMs: 30_000, progress: recorder() });
  assert.ok('reason' in outcome);
  assert.match(outcome.reason, /^Could not get Electron: its installer failed \(exit code 7\)\. It needs a network;/);
});

test('an installer still running at the time limit is stopped with everything it started', {
  skip: process.platform === 'win32' ? 'the stand-in checks processes by POSIX signal 0' : false,
}, async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-installer-'));
  const pidFile = path.join(dir, 'grandchild.pid');
  const installer = await standInInstaller(
    `const { spawn } = require('node:child_process');
const grandchild = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'inherit' });
require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(grandchild.pid));
setInterval(() => {}, 1000);`,
  );
  const outcome = await installElectron({ installer, env: process.env, timeoutMs: 1500, progress: recorder() });
  assert.ok('reason' in outcome);
  assert.match(
    outcome.reason,
    /^Could not get Electron: its installer was still running after 1500 ms and was stopped\./,
  );
  const grandchild = Number(await readFile(pidFile, 'utf8'));
  assert.equal(await isRunning(grandchild), false);
});

test('the time limit is five minutes unless OFFPRINT_ELECTRON_INSTALL_TIMEOUT_MS sets another', () => {
  assert.equal(installTimeoutMs({}), 300_000);
  assert.equal(installTimeoutMs({ OFFPRINT_ELECTRON_INSTALL_TIMEOUT_MS: '2000' }), 2000);
  assert.equal(installTimeoutMs({ OFFPRINT_ELECTRON_INSTALL_TIMEOUT_MS: 'soon' }), 300_000);
});

test('ELECTRON_SKIP_BINARY_DOWNLOAD means the installer is not run, and the line says so', () => {
  assert.equal(skippedInstall({}, 'No Electron binary.'), undefined);
  assert.match(
    skippedInstall({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, 'No Electron binary.') ?? '',
    /^No Electron binary\. ELECTRON_SKIP_BINARY_DOWNLOAD is set, so Electron's installer was not run/,
  );
});
