import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { defaultBackupName, writeArchiveBackup } from '../archive/backup/archive-backup.ts';
import { formatSize } from '../archive/backup/archive-backup-progress.ts';
import { messageOf } from '../common/messages.ts';
import type { PendingWork } from '../host/pending-work.ts';

/** What File → Back Up Archive… needs from the host: the open archive's folder and its writes in flight. */
export interface BackupMenuContext {
  archiveDir: string;
  work: PendingWork;
}

let running = false;

/**
 * File → Back Up Archive…: asks where to save (offering the default name), waits for the writes in flight, writes
 * the whole-archive backup in the main process with its progress on the window's bar, and says how it went.
 */
export async function backUpArchiveFromMenu(
  context: BackupMenuContext,
  window: Electron.BaseWindow | undefined,
): Promise<void> {
  if (running) return;
  const parent = window instanceof BrowserWindow ? window : BrowserWindow.getAllWindows()[0];
  const options: Electron.SaveDialogOptions = {
    title: 'Back Up Archive',
    defaultPath: path.join(app.getPath('documents'), defaultBackupName()),
    buttonLabel: 'Back Up',
    filters: [{ name: 'Offprint backup', extensions: ['gz'] }],
  };
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return;
  running = true;
  const showProgress = (share: number) => {
    if (parent && !parent.isDestroyed()) parent.setProgressBar(share);
  };
  try {
    await context.work.settled();
    showProgress(0);
    const result = await context.work.track(
      writeArchiveBackup(context.archiveDir, choice.filePath, {
        appVersion: app.getVersion(),
        onProgress: (progress) => showProgress(progress.totalBytes > 0 ? progress.bytes / progress.totalBytes : 1),
      }),
      'backing up the archive',
    );
    showProgress(-1);
    await tell(parent, {
      type: 'info',
      message: 'The archive was backed up.',
      detail: `${result.files} files in ${result.outFile} (${formatSize(result.bytes)}). Restore it with “offprint restore”.`,
    });
  } catch (error) {
    showProgress(-1);
    await tell(parent, {
      type: 'error',
      message: 'The archive could not be backed up.',
      detail: messageOf(error),
    });
  } finally {
    running = false;
  }
}

async function tell(parent: BrowserWindow | undefined, options: Electron.MessageBoxOptions): Promise<void> {
  if (parent && !parent.isDestroyed()) await dialog.showMessageBox(parent, options);
  else await dialog.showMessageBox(options);
}
