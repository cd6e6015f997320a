import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { printedAddress } from '../browser/browser-host.ts';

const run = promisify(execFile);
const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const fixturePage = path.resolve(projectRoot, '../shared/fixtures/pages/weekly-review-63.txt');
const unusualFolder = 'Offprint Test Ünïcödé 日本';

/** Copies the files git knows of (committed, changed or new, never ignored ones) as a fresh clone would have them. */
async function copyCheckout(into: string): Promise<void> {
  const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: projectRoot,
    maxBuffer: 64 * 1024 * 1024,
  });
  for (const file of stdout.split('\0').filter(Boolean)) {
    await mkdir(path.dirname(path.join(into, file)), { recursive: true });
    // A tracked file deleted in the working tree is not part of the tree under test.
    await copyFile(path.join(projectRoot, file), path.join(into, file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}

/** Starts `offprint serve` from the clone and waits for the address it prints. */
async function serveFrom(checkout: string, archive: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['dist/cli/offprint.js', 'serve', '--archive', archive, '--port', '0'], {
    cwd: checkout,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await printedAddress(child, 'offprint serve');
  return { url, child };
}

test('a checkout under a path with a space and non-ASCII letters installs, builds and runs the CLI', async () => {
  const temp = await mkdtemp(path.join(os.tmpdir(), 'offprint-install-'));
  const checkout = path.join(temp, unusualFolder, 'offprint');
  const archive = path.join(temp, unusualFolder, 'archive');
  try {
    await copyCheckout(checkout);
    // `npm ci` runs `prepare`, which builds dist/ with esbuild.mjs.
    await run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], {
      cwd: checkout,
      maxBuffer: 64 * 1024 * 1024,
    });

    const cli = (...args: string[]) => run(process.execPath, ['dist/cli/offprint.js', ...args], { cwd: checkout });
    await cli('import', fixturePage, '--archive', archive);
    expect((await cli('list', '--archive', archive)).stdout).toContain(
      'How the coastal papers covered the harbour strike',
    );
    // Search starts its worker from beside the bundle; export runs citation-js as bundled.
    expect((await cli('search', 'harbour strike', '--archive', archive)).stdout).toContain('harbour strike');
    expect((await cli('export', '--all', '--format', 'bibtex', '--archive', archive)).stdout).toMatch(/^@\w+\{/m);

    const { url, child } = await serveFrom(checkout, archive);
    try {
      const page = await fetch(new URL('/', url));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<script');
      expect((await fetch(new URL('/app.js', url))).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
});
