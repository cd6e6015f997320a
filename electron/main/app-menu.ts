import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../api/contract.ts';
import { type ReaderMenuGroups, readerMenu, readerMenuAccelerator, readerMenuLabel } from '../host/reader-menu.ts';
import { type BackupMenuContext, backUpArchiveFromMenu } from './backup-menu.ts';
import { sendMenuCommand } from './ipc.ts';
import { exportPdfFromMenu } from './pdf-menu.ts';

/** The application menu for `platform`, built from appMenuTemplate. */
export function buildAppMenu(
  isPackaged: boolean,
  platform: NodeJS.Platform = process.platform,
  backup?: BackupMenuContext,
): Menu {
  return Menu.buildFromTemplate(appMenuTemplate(isPackaged, platform, backup));
}

/**
 * The application menu's template: File with the import commands, Export as PDF… and (given `backup`) Back Up Archive…; Edit,
 * View, Go and Help with the reader's commands and their keys (all carried out by the window); the standard roles;
 * and developer tools only outside a packaged app.
 */
export function appMenuTemplate(
  isPackaged: boolean,
  platform: NodeJS.Platform,
  backup?: BackupMenuContext,
): MenuItemConstructorOptions[] {
  const backupItems: MenuItemConstructorOptions[] = backup
    ? [
        { type: 'separator' },
        { label: 'Back Up Archive…', click: (_item, window) => void backUpArchiveFromMenu(backup, window) },
      ]
    : [];
  const developer: MenuItemConstructorOptions[] = isPackaged ? [] : [{ role: 'toggleDevTools' }];
  const reader = (groups: ReaderMenuGroups) => readerItems(groups, platform);
  return [
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
        { label: 'Export as PDF…', click: (_item, window) => void exportPdfFromMenu(window) },
        ...backupItems,
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
        { type: 'separator' },
        ...reader(readerMenu.edit),
      ],
    },
    {
      label: 'View',
      submenu: [
        ...reader(readerMenu.view),
        { type: 'separator' },
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
    { label: 'Go', submenu: reader(readerMenu.go) },
    { role: 'windowMenu' },
    { role: 'help', submenu: reader(readerMenu.help) },
  ];
}

/**
 * Menu items for the reader's commands; their keys are shown but left to the page, so typing is never taken: an
 * unregistered accelerator on Linux and Windows, the label alone on macOS (see readerMenuLabel).
 */
function readerItems(groups: ReaderMenuGroups, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  return groups.flatMap((group, index) => [
    ...(index > 0 ? [{ type: 'separator' } as const] : []),
    ...group.map((item): MenuItemConstructorOptions => {
      const accelerator = readerMenuAccelerator(item, platform);
      return {
        label: readerMenuLabel(item, platform),
        ...(accelerator === undefined ? {} : { accelerator, registerAccelerator: false }),
        click: (_item, window) => toWindow(window, item.command),
      };
    }),
  ]);
}

function toWindow(window: Electron.BaseWindow | undefined, command: MenuCommand): void {
  // With no reader window focused (macOS keeps the app alive), the command goes to the one that exists.
  const target = window instanceof BrowserWindow ? window : BrowserWindow.getAllWindows()[0];
  if (target) sendMenuCommand(target, command);
}
