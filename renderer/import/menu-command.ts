import type { OffprintEvent } from '../../electron/api/contract.ts';

/** What the import menu offers, and what the Electron host's File menu asks the window to do. */
export type MenuCommand = Extract<OffprintEvent, { type: 'menu-command' }>['payload']['command'];
