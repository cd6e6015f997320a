import { type ElectronApplication, expect, type Page, test } from '@playwright/test';
import { electronBinaryOrSkip, launchOffprint, tempDir } from './electron-app.ts';

const sampleTitle = 'How the coastal papers covered the harbour strike';
const noteText = 'The Ledger let the workers speak; the Post counted the cost.';

let running: ElectronApplication | undefined;
test.afterEach(async () => {
  await running?.close();
  running = undefined;
});

/** Starts Offprint on `archiveDir` and keeps it to close after the test. */
async function openOffprint(executablePath: string, archiveDir: string, userDataDir: string): Promise<Page> {
  const { app, window } = await launchOffprint(executablePath, archiveDir, userDataDir);
  running = app;
  return window;
}

async function closeOffprint(): Promise<void> {
  await running?.close();
  running = undefined;
}

test('a new reader sees the sample review in the sandboxed window, and a note survives a restart', async () => {
  const binary = electronBinaryOrSkip();
  if (!binary) return;
  const archiveDir = await tempDir('offprint-e2e-electron-');
  const userDataDir = await tempDir('offprint-e2e-profile-');

  const window = await openOffprint(binary, archiveDir, userDataDir);
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

  const reopened = await openOffprint(binary, archiveDir, userDataDir);
  await expect(reopened.getByRole('navigation', { name: 'Library' })).toContainText(sampleTitle);
  await expect(reopened.getByRole('textbox', { name: 'Note' })).toHaveValue(noteText);
});
