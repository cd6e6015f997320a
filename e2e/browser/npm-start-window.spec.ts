import { spawn, spawnSync } from 'node:child_process';
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { findElectronBinary } from '../../electron/cli/electron-binary.ts';
import { printedAddress } from './browser-host.ts';
import { expect, test } from './fixtures.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const screenshot = path.resolve(import.meta.dirname, '..', 'screenshots', 'desktop-window.png');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** A port nothing listens on right now, for the window's DevTools endpoint. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * A browser for OFFPRINT_BROWSER that runs the real Chromium with every flag the launcher gives it, plus a DevTools
 * port so the test can reach the window, and the window size the README's screenshot wants.
 */
async function debuggableChromium(port: number): Promise<string> {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'offprint-window-')), 'chromium');
  await writeFile(
    file,
    `#!/bin/sh\nexec "${chromiumPath}" "$@" --remote-debugging-port=${port} --window-size=1280,800 --disable-gpu\n`,
  );
  await chmod(file, 0o755);
  return file;
}

/** Connects to the browser behind `port` once it listens, and finds the page showing `origin`. */
async function findWindow(port: number, origin: string): Promise<{ browser: Browser; page: Page }> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`).catch(() => undefined);
    const page = browser
      ?.contexts()
      .flatMap((context) => context.pages())
      .find((open) => open.url().startsWith(origin));
    if (browser && page) return { browser, page };
    await browser?.close();
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No window showing ${origin} appeared within 30 s.`);
}

test('npm start under Xvfb opens the reader in a Chromium app window, and closing it stops the host', async ({
  archive,
}) => {
  const binary = findElectronBinary(process.env, projectRoot);
  if ('path' in binary) {
    console.log(`Skipping the window fallback: an Electron binary is installed at ${binary.path}.`);
    test.skip(true, 'an Electron binary is installed here');
    return;
  }
  if (spawnSync('sh', ['-c', 'command -v xvfb-run']).status !== 0) {
    console.log('Skipping the window fallback: xvfb-run is not installed (apt-get install xvfb).');
    test.skip(true, 'xvfb-run is missing');
    return;
  }
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OFFPRINT_BROWSER: await debuggableChromium(port),
    XDG_CONFIG_HOME: await mkdtemp(path.join(os.tmpdir(), 'offprint-config-')),
  };
  delete env.ELECTRON_PATH;
  const child = spawn(
    'xvfb-run',
    ['-a', '-s', '-screen 0 1280x800x24', 'npm', 'start', '--silent', '--', '--archive', archive, '--port', '0'],
    { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let browser: Browser | undefined;
  try {
    const url = await printedAddress(child, 'npm start');
    // With no network here, Electron's installer fails: one line, and no other complaint.
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Could not get Electron: .*ELECTRON_PATH/)]);

    const origin = new URL(url).origin;
    const found = await findWindow(port, origin);
    browser = found.browser;
    const { page } = found;
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(`${origin}/`)) foreign.push(request.url());
    });
    await expect(page.getByRole('navigation', { name: 'Library' })).toContainText(
      'How the coastal papers covered the harbour strike',
      { timeout: 30_000 },
    );
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Library' })).toContainText(
      'How the coastal papers covered the harbour strike',
    );
    expect(foreign).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: screenshot });

    await page.close();
    const code = await Promise.race([
      exited,
      new Promise<string>((resolve) => setTimeout(() => resolve('still running'), 20_000)),
    ]);
    expect(code, 'closing the window stops the host and npm start').toBe(0);
  } finally {
    await browser?.close().catch(() => {});
    if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGINT');
    await exited;
  }
});
