import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { access, chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const launchScript = fileURLToPath(new URL('./launch.ts', import.meta.url));
const posixOnly = { skip: process.platform === 'win32' ? 'the stand-in executables are shell scripts' : false };
const installed = findElectronBinary({}, projectRoot);
// Getting Electron is only tried when the electron package has no binary, as on a fresh clone.
const freshClone = {
  skip:
    process.platform === 'win32'
      ? 'the stand-in executables are shell scripts'
      : 'path' in installed
        ? `an Electron binary is installed at ${installed.path}`
        : false,
};
const installerLine = /^Could not get Electron: its installer failed \(TypeError: fetch failed\)\. .*ELECTRON_PATH/;

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'offprint-launch-'));
}

async function script(file: string, body: string): Promise<string> {
  await writeFile(file, `#!/bin/sh\n${body}\n`);
  await chmod(file, 0o755);
  return file;
}

/** A stand-in Electron binary that prints what it was given, then runs `then` (by default it exits 0). */
async function standInElectron(then = 'exit 0', file?: string): Promise<string> {
  const target = file ?? path.join(await tempDir(), 'electron');
  return script(target, `echo "args: $*"\necho "run as node: \${ELECTRON_RUN_AS_NODE:-unset}"\n${then}`);
}

/** A stand-in installer: a Node script run in place of the electron package's install.js. */
async function standInInstaller(source: string): Promise<string> {
  const file = path.join(await tempDir(), 'install.js');
  await writeFile(file, source);
  return file;
}

/** A stand-in browser that records its arguments in `<dir>/args`, then runs `then`. */
async function standInBrowser(then = 'exit 0'): Promise<{ file: string; args(): Promise<string[]> }> {
  const dir = await tempDir();
  const file = await script(path.join(dir, 'browser'), `printf '%s\\n' "$@" > "${dir}/args"\n${then}`);
  return { file, args: async () => (await readFile(path.join(dir, 'args'), 'utf8')).trim().split('\n') };
}

/** The environment of a run: a temp user-data folder, a display, and any settings that follow. */
async function launchEnv(env: NodeJS.ProcessEnv): Promise<NodeJS.ProcessEnv> {
  const base: NodeJS.ProcessEnv = { ...process.env, XDG_CONFIG_HOME: await tempDir(), DISPLAY: ':99' };
  delete base.ELECTRON_SKIP_BINARY_DOWNLOAD;
  delete base.OFFPRINT_BROWSER;
  return { ...base, ...env };
}

function runLaunch(args: string[], env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, ['--import', 'tsx', launchScript, ...args], {
    cwd: projectRoot,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

/** Runs the launcher on a new archive and any free port with `env`, and a stand-in browser that records its arguments. */
async function launchWithBrowser(env: NodeJS.ProcessEnv) {
  const browser = await standInBrowser();
  const fullEnv = await launchEnv({ ...env, OFFPRINT_BROWSER: browser.file });
  return { browser, env: fullEnv, result: runLaunch(['--archive', await tempDir(), '--port', '0'], fullEnv) };
}

function stderrLines(stderr: string): string[] {
  return stderr.trim().split('\n').filter(Boolean);
}

test('Electron is started with the project as the app and the arguments passed on', posixOnly, async () => {
  const electron = await standInElectron();
  const result = runLaunch(['--archive', '/tmp/reviews'], await launchEnv({ ELECTRON_PATH: electron }));
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, new RegExp(`^args: ${projectRoot} --archive /tmp/reviews$`, 'm'));
  assert.equal(result.stderr, '');
});

test("the launcher exits with Electron's exit code once Electron is past its start-up", posixOnly, async () => {
  const electron = await standInElectron('sleep 1\nexit 3');
  const env = await launchEnv({ ELECTRON_PATH: electron, OFFPRINT_ELECTRON_STARTUP_MS: '100' });
  assert.equal(runLaunch([], env).status, 3);
});

test('an inherited ELECTRON_RUN_AS_NODE is not passed to Electron', posixOnly, async () => {
  const electron = await standInElectron();
  const result = runLaunch([], await launchEnv({ ELECTRON_PATH: electron, ELECTRON_RUN_AS_NODE: '1' }));
  assert.match(result.stdout, /^run as node: unset$/m);
});

test("with no binary, Electron's installer runs and the binary it leaves is launched", freshClone, async () => {
  const electron = path.join(await tempDir(), 'electron');
  const binary = await standInElectron('exit 0', path.join(await tempDir(), 'template'));
  const installer = await standInInstaller(
    `console.log('Downloading electron: 100%');
require('node:fs').copyFileSync(${JSON.stringify(binary)}, ${JSON.stringify(electron)});`,
  );
  // ELECTRON_PATH names where the stand-in installer puts the binary; until then it names nothing.
  const env = await launchEnv({ ELECTRON_PATH: electron, OFFPRINT_ELECTRON_INSTALLER: installer });
  const result = runLaunch(['--archive', '/tmp/reviews'], env);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^Downloading electron: 100%$/m);
  assert.match(result.stdout, new RegExp(`^args: ${projectRoot} --archive /tmp/reviews$`, 'm'));
  assert.equal(result.stderr, '');
});

test('a failing installer gives one line without its stack trace, then the reader window', freshClone, async () => {
  const installer = await standInInstaller(
    'console.error(new TypeError("fetch failed").stack); console.error("    at download (install.js:1:1)"); process.exit(1);',
  );
  const { result } = await launchWithBrowser({ OFFPRINT_ELECTRON_INSTALLER: installer });
  assert.equal(result.status, 0, result.stderr);
  const lines = stderrLines(result.stderr);
  assert.equal(lines.length, 1, result.stderr);
  assert.match(lines[0] ?? '', installerLine);
  assert.doesNotMatch(result.stderr, /\bat /);
  assert.match(result.stdout, /^Open http:\/\/127\.0\.0\.1:\d+\/#token=\S+$/m);
});

test(
  'the reader window is an app window on the host, with a profile under the user-data folder',
  freshClone,
  async () => {
    const installer = await standInInstaller('process.exit(1);');
    const { browser, env, result } = await launchWithBrowser({ OFFPRINT_ELECTRON_INSTALLER: installer });
    assert.equal(result.status, 0, result.stderr);
    const url = result.stdout.match(/^Open (\S+)$/m)?.[1];
    const args = await browser.args();
    assert.equal(args[0], `--app=${url}`);
    assert.ok(
      args.includes(`--user-data-dir=${path.join(env.XDG_CONFIG_HOME ?? '', 'Offprint', 'app-window-profile')}`),
    );
    assert.ok(args.includes('--no-first-run'));
    assert.equal(args.filter((arg) => arg.startsWith('--user-data-dir=')).length, 1);
  },
);

test('an installer that hangs is stopped at the time limit, with one line, then the window', freshClone, async () => {
  const installer = await standInInstaller('setInterval(() => {}, 1000);');
  const { browser, result } = await launchWithBrowser({
    OFFPRINT_ELECTRON_INSTALLER: installer,
    OFFPRINT_ELECTRON_INSTALL_TIMEOUT_MS: '1000',
  });
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(stderrLines(result.stderr).length, 1, result.stderr);
  assert.match(result.stderr, /^Could not get Electron: its installer was still running after 1 s and was stopped\./);
  assert.match((await browser.args())[0] ?? '', /^--app=http:\/\/127\.0\.0\.1:/);
});

test('an installer that succeeds but leaves no binary gives one line, then the window', freshClone, async () => {
  const installer = await standInInstaller('console.log("done");');
  const { result } = await launchWithBrowser({ OFFPRINT_ELECTRON_INSTALLER: installer });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(stderrLines(result.stderr).length, 1, result.stderr);
  assert.match(result.stderr, /^Could not get Electron: its installer finished but left no binary/);
});

test('ELECTRON_SKIP_BINARY_DOWNLOAD keeps the installer from running, and the line says so', freshClone, async () => {
  const marker = path.join(await tempDir(), 'ran');
  const installer = await standInInstaller(`require('node:fs').writeFileSync(${JSON.stringify(marker)}, '');`);
  const { result } = await launchWithBrowser({
    OFFPRINT_ELECTRON_INSTALLER: installer,
    ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
  });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(stderrLines(result.stderr).length, 1, result.stderr);
  assert.match(result.stderr, /ELECTRON_SKIP_BINARY_DOWNLOAD is set, so Electron's installer was not run/);
  await assert.rejects(access(marker));
});

test(
  'Electron stopped by the Linux sandbox at start-up gives one line on what to do, then the window',
  posixOnly,
  async () => {
    const electron = await standInElectron(
      'echo "[1:1:FATAL:setuid_sandbox_host.cc(163)] The SUID sandbox helper binary was found, but is not configured correctly." >&2\nexit 133',
    );
    const { browser, result } = await launchWithBrowser({ ELECTRON_PATH: electron });
    assert.equal(result.status, 0, result.stderr);
    const ours = stderrLines(result.stderr).filter((line) => !line.includes('FATAL'));
    assert.equal(ours.length, 1, result.stderr);
    assert.match(
      ours[0] ?? '',
      /Chromium sandbox could not start .*apparmor_restrict_unprivileged_userns=0.*--no-sandbox/,
    );
    assert.match(result.stderr, /FATAL:setuid_sandbox_host/, "Electron's own output is relayed");
    assert.match((await browser.args())[0] ?? '', /^--app=http:\/\/127\.0\.0\.1:/);
  },
);

test('Electron failing at once gives one line with its last words, then the window', posixOnly, async () => {
  const electron = await standInElectron("echo 'Missing X server or $DISPLAY' >&2\nexit 1");
  const { result } = await launchWithBrowser({ ELECTRON_PATH: electron });
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(stderrLines(result.stderr), [
    'Missing X server or $DISPLAY',
    'Electron stopped at start-up (exit code 1: Missing X server or $DISPLAY); its output above says why. Fix that, or set ELECTRON_PATH to another Electron binary.',
  ]);
});

/** Starts the launcher, waits for stderr to hold `lines` lines and stdout an address, then stops it with SIGTERM. */
async function runUntilServing(args: string[], env: NodeJS.ProcessEnv, lines: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', launchScript, ...args], { cwd: projectRoot, env });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (/^Open http:\/\/127\.0\.0\.1:\d+\//m.test(stdout) && stderrLines(stderr).length >= lines) resolve();
    };
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      check();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      check();
    });
    void exited.then((code) => reject(new Error(`the launcher exited with ${code}:\n${stdout}\n${stderr}`)));
  });
  child.kill('SIGTERM');
  return { stdout, stderr, code: await exited };
}

test('with no display the address is printed, with one line saying why no window opened', freshClone, async () => {
  const installer = await standInInstaller('process.exit(1);');
  const browser = await standInBrowser();
  const env = await launchEnv({ OFFPRINT_ELECTRON_INSTALLER: installer, OFFPRINT_BROWSER: browser.file });
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const result = await runUntilServing(['--archive', await tempDir(), '--port', '0'], env, 2);
  assert.equal(result.code, 0);
  const lines = stderrLines(result.stderr);
  assert.equal(lines.length, 2, result.stderr);
  assert.match(lines[1] ?? '', /^No display for a reader window \(neither DISPLAY nor WAYLAND_DISPLAY is set\)/);
  await assert.rejects(browser.args(), 'the browser is not started');
});

test('a browser that fails gives one line and the host keeps serving at the printed address', freshClone, async () => {
  const installer = await standInInstaller('process.exit(1);');
  const browser = await standInBrowser('echo "cannot open display" >&2\nexit 1');
  const env = await launchEnv({ OFFPRINT_ELECTRON_INSTALLER: installer, OFFPRINT_BROWSER: browser.file });
  const result = await runUntilServing(['--archive', await tempDir(), '--port', '0'], env, 2);
  assert.equal(result.code, 0);
  assert.match(
    stderrLines(result.stderr)[1] ?? '',
    /^The reader window \(.*browser\) closed with an error \(exit code 1: cannot open display\); the reader is still served/,
  );
});

test(
  'npm run get-electron runs the installer alone: 0 with a binary after, else 1 and one line',
  freshClone,
  async () => {
    const electron = path.join(await tempDir(), 'electron');
    const binary = await standInElectron('exit 0', path.join(await tempDir(), 'template'));
    const succeeds = await standInInstaller(
      `require('node:fs').copyFileSync(${JSON.stringify(binary)}, ${JSON.stringify(electron)});`,
    );
    const ok = runLaunch(
      ['--get-electron'],
      await launchEnv({ ELECTRON_PATH: electron, OFFPRINT_ELECTRON_INSTALLER: succeeds }),
    );
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, new RegExp(`^Electron is ready at ${electron}\\.$`, 'm'));

    const fails = await standInInstaller('console.error(new TypeError("fetch failed").stack); process.exit(1);');
    const failed = runLaunch(['--get-electron'], await launchEnv({ OFFPRINT_ELECTRON_INSTALLER: fails }));
    assert.equal(failed.status, 1);
    assert.equal(stderrLines(failed.stderr).length, 1, failed.stderr);
    assert.match(failed.stderr, installerLine);
  },
);
