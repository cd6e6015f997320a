import type { MenuCommand } from '../../electron/api/contract.ts';

/** The import commands: what the import menu offers, and what the Electron host's File menu asks the window to do. */
export type ImportCommand = Extract<MenuCommand, 'import-files' | 'import-folder' | 'import-url'>;

/** Whether a menu command is one of the import commands. */
export function isImportCommand(command: MenuCommand): command is ImportCommand {
  return command === 'import-files' || command === 'import-folder' || command === 'import-url';
}
