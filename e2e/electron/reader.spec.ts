import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type ElectronApplication, _electron as electron, expect, type Page, test } from '@playwright/test';
import { findElectronBinary } from '../../electron/cli/electron-binary.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const sampleTitle = 'How the coastal papers covered the harbour strike';
const noteText = 'The Ledger let the workers speak; the Post counted the cost.';

let running: ElectronApplication | undefined;
test.afterEach(async () => {
  await running?.close();
  running = undefined;
});

/** Starts the built app in Electron on `archiveDir`, with its own profile folder, and returns its window. */
async function launchOffprint(executablePath: string, archiveDir: string, userDataDir: string): Promise<Page> {
  running = await electron.launch({
    executablePath,
    args: [projectRoot, '--archive', archiveDir, `--user-data-dir=${userDataDir}`],
  });
  return running.firstWindow();
}

async function closeOffprint(): Promise<void> {
  await running?.close();
  running = undefined;
}

function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

test('a new reader sees the sample review in the sandboxed window, and a note survives a restart', async () => {
  const binary = findElectronBinary(process.env, projectRoot);
  if ('reason' in binary) {
    console.log(`Skipping the Electron journey: ${binary.reason}`);
    test.skip(true, binary.reason);
    return;
  }
  const archiveDir = await tempDir('offprint-e2e-electron-');
  const userDataDir = await tempDir('offprint-e2e-profile-');

  const window = await launchOffprint(binary.path, archiveDir, userDataDir);
  expect(await window.evaluate(() => typeof Reflect.get(globalThis, 'require'))).toBe('undefined');
  expect(await window.evaluate(() => typeof Reflect.get(globalThis, 'process'))).toBe('undefined');
  expect(window.url()).toBe('offprint://app/index.html');

  const library = window.getByRole('navigation', { name: 'Library' });
  await expect(library).toContainText(sampleTitle);
  const references = window.getByRole('region', { name: 'References' });
  await expect(references.getByRole('listitem')).toHaveCount(5);
  await window.getByRole('textbox', { name: 'Note' }).fill(noteText);
  await expect(window.getByRole('status')).toHaveText('Saved');
  await closeOffprint();

  const reopened = await launchOffprint(binary.path, archiveDir, userDataDir);
  await expect(reopened.getByRole('navigation', { name: 'Library' })).toContainText(sampleTitle);
  await expect(reopened.getByRole('textbox', { name: 'Note' })).toHaveValue(noteText);
});
