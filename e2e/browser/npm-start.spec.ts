import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { findElectronBinary } from '../../electron/cli/electron-binary.ts';
import { emptyArchive, refuseForeignRequests } from './browser-host.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');

test('npm start without an Electron binary says why in one line and serves the reader', async ({ page }) => {
  const binary = findElectronBinary(process.env, projectRoot);
  if ('path' in binary) {
    console.log(`Skipping the no-Electron start: an Electron binary is installed at ${binary.path}.`);
    test.skip(true, 'an Electron binary is installed here');
    return;
  }
  const archive = await emptyArchive();
  const child = spawn('npm', ['start', '--silent', '--', '--archive', archive, '--port', '0'], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const found = stdout.match(/http:\/\/127\.0\.0\.1:\d+\/#token=\S+/);
        if (found) resolve(found[0]);
      });
      child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${stdout}\n${stderr}`)));
    });
    expect(stderr.trim().split('\n')).toEqual([`${binary.reason} Starting the browser host instead.`]);

    const refused = await refuseForeignRequests(page, new URL(url).origin);
    await page.goto(url);
    await expect(page.getByRole('navigation', { name: 'Library' })).toContainText(
      'How the coastal papers covered the harbour strike',
    );
    expect(refused).toEqual([]);
  } finally {
    // npm runs the launcher through a shell: stop the whole process group, as Ctrl-C would.
    if (child.pid) process.kill(-child.pid, 'SIGINT');
    await new Promise((resolve) => child.once('exit', resolve));
  }
});
