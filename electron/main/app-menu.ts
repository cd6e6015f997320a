import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../api/contract.ts';
import { sendMenuCommand } from './ipc.ts';

/**
 * The application menu: File with the import commands (carried out by the window), standard edit, view and
 * window roles; developer tools only outside a packaged app.
 */
export function buildAppMenu(isPackaged: boolean, platform: NodeJS.Platform = process.platform): Menu {
  const developer: MenuItemConstructorOptions[] = isPackaged ? [] : [{ role: 'toggleDevTools' }];
  const template: MenuItemConstructorOptions[] = [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    {
      label: 'File',
      submenu: [
        // The page handles Ctrl/Cmd+O itself: a key pressed in the page may open its file picker, a menu click may not.
        {
          label: 'Import Files…',
          accelerator: 'CmdOrCtrl+O',
          registerAccelerator: false,
          click: (_item, window) => toWindow(window, 'import-files'),
        },
        { label: 'Import Folder…', click: (_item, window) => toWindow(window, 'import-folder') },
        { label: 'Save Page from URL…', click: (_item, window) => toWindow(window, 'import-url') },
        { type: 'separator' },
        platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { type: 'separator' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        ...developer,
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}

function toWindow(window: Electron.BaseWindow | undefined, command: MenuCommand): void {
  // With no reader window focused (macOS keeps the app alive), the command goes to the one that exists.
  const target = window instanceof BrowserWindow ? window : BrowserWindow.getAllWindows()[0];
  if (target) sendMenuCommand(target, command);
}
