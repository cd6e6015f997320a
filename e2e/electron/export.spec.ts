// The File menu's Export as PDF… and Back Up Archive… in the Electron window; runs only where an Electron binary exists.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ElectronApplication, Page } from '@playwright/test';
import { tempDir } from './electron-app.ts';
import { expect, test } from './fixtures.ts';

const sampleTitle = 'How the coastal papers covered the harbour strike';

/** Waits until the window shows the sample review a new archive starts with. */
async function sampleShown(window: Page): Promise<void> {
  await expect(window.getByRole('article', { name: 'Article' }).getByRole('heading', { level: 1 })).toHaveText(
    sampleTitle,
  );
}

/** Answers the next save dialog with `file` and clicks the File menu item `label`, as the reader would. */
async function chooseFileMenuItem(app: ElectronApplication, label: string, file: string): Promise<void> {
  await app.evaluate(
    ({ dialog, Menu, BrowserWindow }, { label, file }) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
      dialog.showMessageBox = (async () => ({ response: 0, checkboxChecked: false })) as typeof dialog.showMessageBox;
      const item = Menu.getApplicationMenu()
        ?.items.find((top) => top.label === 'File')
        ?.submenu?.items.find((entry) => entry.label === label);
      if (!item) throw new Error(`The File menu has no "${label}".`);
      item.click(undefined, BrowserWindow.getAllWindows()[0], undefined);
    },
    { label, file },
  );
}

test('File → Export as PDF… saves the open review as a PDF', async ({ offprint }) => {
  await sampleShown(offprint.window);
  const file = path.join(await tempDir('offprint-e2e-pdf-'), 'review.pdf');
  await chooseFileMenuItem(offprint.app, 'Export as PDF…', file);
  await expect
    .poll(() =>
      readFile(file).then(
        (pdf) => pdf.subarray(0, 5).toString('latin1'),
        () => '',
      ),
    )
    .toBe('%PDF-');
});

test('File → Back Up Archive… writes one backup file of the whole archive', async ({ offprint }) => {
  await sampleShown(offprint.window);
  const folder = await tempDir('offprint-e2e-backup-');
  await chooseFileMenuItem(offprint.app, 'Back Up Archive…', path.join(folder, 'archive.tar.gz'));
  await expect.poll(() => readdir(folder)).toEqual(['archive.tar.gz']);
});
