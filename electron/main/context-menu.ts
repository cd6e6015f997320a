import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import contextMenu from 'electron-context-menu';
import { type ContextMenuEntry, contextMenuEntries, pagePoint } from '../host/context-menu-items.ts';
import { sendMenuCommand } from './ipc.ts';

/**
 * Gives `window` its context menu (electron-context-menu listens for the right-click in the main process, so the
 * sandboxed page needs nothing): the items of contextMenuEntries and no others, so nothing searches the web, saves
 * an image or looks a word up.
 */
export function attachContextMenu(window: BrowserWindow, isPackaged: boolean): void {
  contextMenu({
    window,
    menu: (actions, params) =>
      contextMenuEntries(params, !isPackaged).map((entry) => menuItemOf(entry, window, params, actions.inspect)),
  });
}

function menuItemOf(
  entry: ContextMenuEntry,
  window: BrowserWindow,
  params: Electron.ContextMenuParams,
  inspect: () => MenuItemConstructorOptions,
): MenuItemConstructorOptions {
  switch (entry.kind) {
    case 'role':
      return { role: entry.role, enabled: entry.enabled };
    case 'command': {
      const point =
        entry.command === 'copy-citation' ? pagePoint(params, window.webContents.getZoomFactor()) : undefined;
      return { label: entry.label, click: () => sendMenuCommand(window, entry.command, point) };
    }
    case 'inspect':
      return inspect();
    case 'separator':
      return { type: 'separator' };
  }
}
