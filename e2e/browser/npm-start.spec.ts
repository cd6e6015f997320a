import { spawn } from 'node:child_process';
import path from 'node:path';
import { findElectronBinary } from '../../electron/cli/electron-binary.ts';
import { printedAddress, refuseForeignRequests } from './browser-host.ts';
import { expect, test } from './fixtures.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');

test('npm start with no Electron and no display says why in two lines and serves the reader', async ({
  page,
  archive,
}) => {
  const binary = findElectronBinary(process.env, projectRoot);
  if ('path' in binary) {
    console.log(`Skipping the no-Electron start: an Electron binary is installed at ${binary.path}.`);
    test.skip(true, 'an Electron binary is installed here');
    return;
  }
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const child = spawn('npm', ['start', '--silent', '--', '--archive', archive, '--port', '0'], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  try {
    const url = await printedAddress(child, 'npm start');
    // On a machine with no network, Electron's installer fails; its failure is one line, then why no window opened.
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Could not get Electron: .*ELECTRON_PATH/);
    expect(lines[1]).toMatch(/^No display for a reader window \(neither DISPLAY nor WAYLAND_DISPLAY is set\)/);

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
