import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { messageOf } from '../common/messages.ts';
import { fileNameFor } from '../export/file-name.ts';

/** The suffix the window title carries after the open review's title. */
const titleSuffix = ' — Offprint';

/**
 * File → Export as PDF…: prints the window's page with its print style (the open review alone: header, text and
 * references) through Electron's print-to-PDF, and saves it where the reader chooses.
 */
export async function exportPdfFromMenu(window: Electron.BaseWindow | undefined): Promise<void> {
  const target = window instanceof BrowserWindow ? window : BrowserWindow.getAllWindows()[0];
  if (!target || target.isDestroyed()) return;
  const title = target.getTitle();
  const reviewTitle = title.endsWith(titleSuffix) ? title.slice(0, -titleSuffix.length) : title;
  const choice = await dialog.showSaveDialog(target, {
    title: 'Export as PDF',
    defaultPath: path.join(app.getPath('documents'), fileNameFor(reviewTitle, '.pdf')),
    buttonLabel: 'Export',
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (choice.canceled || !choice.filePath) return;
  try {
    const pdf = await target.webContents.printToPDF({ pageSize: 'A4', printBackground: false });
    await writeFile(choice.filePath, pdf);
  } catch (error) {
    await dialog.showMessageBox(target, {
      type: 'error',
      message: 'The review could not be exported as PDF.',
      detail: `${messageOf(error)}. Try again, or print it with Export… → Print.`,
    });
  }
}
