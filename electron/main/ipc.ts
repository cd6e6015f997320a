import { type BrowserWindow, type IpcMainInvokeEvent, ipcMain } from 'electron';
import type { ApiResult, MenuCommand, OffprintApi, OffprintEvent } from '../api/contract.ts';
import { dispatch } from '../api/dispatch.ts';
import type { EventHub } from '../api/event-hub.ts';
import { pageMethodNames } from '../api/page-methods.ts';
import type { PendingWork } from '../host/pending-work.ts';
import { isAppUrl } from '../host/request-policy.ts';

const refused: ApiResult = { ok: false, kind: 'invalid-input', error: 'Refused a call from an unknown page.' };

/**
 * Answers `offprint:<method>` for every method a page may call (none that reads files by path), only for the app page in the main frame of
 * the current window; each call is validated by dispatch and tracked in `work` so quitting waits for it.
 */
export function registerIpcHandlers(
  api: OffprintApi,
  work: PendingWork,
  currentWindow: () => BrowserWindow | null,
): void {
  for (const name of pageMethodNames) {
    ipcMain.handle(`offprint:${name}`, (event, input: unknown): Promise<ApiResult> | ApiResult =>
      isFromAppWindow(event, currentWindow()) ? work.track(dispatch(api, name, input), labelOf(name)) : refused,
    );
  }
}

/**
 * Sends every library event to `window` as `offprint:event` until the window closes; import progress also shows
 * on the window's taskbar or dock icon, and leaves it once the import is done.
 */
export function forwardEvents(events: EventHub, window: BrowserWindow): void {
  const contents = window.webContents;
  const unsubscribe = events.subscribe((event) => {
    if (contents.isDestroyed()) return;
    contents.send('offprint:event', event);
    if (event.type === 'import-progress') showTaskbarProgress(window, event.payload);
  });
  window.once('closed', unsubscribe);
}

/**
 * Asks `window` to carry out a command chosen in the application or context menu, as a `menu-command` event; from
 * the context menu, with the point right-clicked.
 */
export function sendMenuCommand(window: BrowserWindow, command: MenuCommand, point?: { x: number; y: number }): void {
  if (window.isDestroyed() || window.webContents.isDestroyed()) return;
  const event: OffprintEvent = { type: 'menu-command', payload: point ? { command, point } : { command } };
  window.webContents.send('offprint:event', event);
}

// What the reader is told is still running when they quit during the call.
function labelOf(name: string): string | undefined {
  return name.startsWith('import') ? 'importing files' : undefined;
}

function showTaskbarProgress(window: BrowserWindow, { done, total }: { done: number; total: number }): void {
  if (window.isDestroyed()) return;
  // -1 removes the bar.
  window.setProgressBar(total > 0 && done < total ? Math.max(0, done) / total : -1);
}

function isFromAppWindow(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  const frame = event.senderFrame;
  if (!frame || !window || window.isDestroyed()) return false;
  const mainFrame = window.webContents.mainFrame;
  return (
    event.sender.id === window.webContents.id &&
    frame.processId === mainFrame.processId &&
    frame.routingId === mainFrame.routingId &&
    isAppUrl(frame.url)
  );
}
