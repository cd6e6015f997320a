import type { MenuCommand } from '../api/contract.ts';

/**
 * The menu commands a window carries out with the same action as one of its keys (imports live in File, and
 * Copy Citation only in the context menu).
 */
export type ReaderCommand = Exclude<MenuCommand, 'import-files' | 'import-folder' | 'import-url' | 'copy-citation'>;

/**
 * One reader command in the application menu: its label and, when the page has a key for it, that key as an
 * Electron accelerator (a single key, shown in the menu but never registered: the page handles the key itself).
 */
export interface ReaderMenuItem {
  command: ReaderCommand;
  label: string;
  accelerator?: string;
}

/** The reader's items for one top-level menu, in groups that a separator divides. */
export type ReaderMenuGroups = readonly (readonly ReaderMenuItem[])[];

/** Where each reader command sits in the application menu. */
export const readerMenu: Readonly<Record<'edit' | 'view' | 'go' | 'help', ReaderMenuGroups>> = {
  edit: [
    [
      { command: 'focus-note', label: 'Write a Note', accelerator: 'N' },
      { command: 'highlight-selection', label: 'Highlight Selection', accelerator: 'H' },
    ],
  ],
  view: [
    [
      { command: 'focus-search', label: 'Search the Library', accelerator: '/' },
      { command: 'show-outlets', label: 'Outlets…' },
      { command: 'show-all-notes', label: 'All Notes…' },
    ],
    [
      { command: 'toggle-library', label: 'Fold or Show the Library', accelerator: '{' },
      { command: 'toggle-side-panel', label: 'Fold or Show the Side Panel', accelerator: '}' },
    ],
  ],
  go: [
    [
      { command: 'next-review', label: 'Next Review', accelerator: 'J' },
      { command: 'previous-review', label: 'Previous Review', accelerator: 'K' },
    ],
    [
      { command: 'previous-issue', label: 'Previous Issue', accelerator: '[' },
      { command: 'next-issue', label: 'Next Issue', accelerator: ']' },
    ],
  ],
  // Electron reads "?" as Shift with the "/" key, and macOS shows it as "?".
  help: [[{ command: 'show-shortcuts', label: 'Keyboard Shortcuts', accelerator: '?' }]],
};

/** Every reader item of the application menu, in menu order. */
export function readerMenuItems(): ReaderMenuItem[] {
  return Object.values(readerMenu).flatMap((groups) => groups.flat());
}

/**
 * The label an item shows on `platform`. On macOS the key goes in the label instead of the accelerator: macOS makes
 * every accelerator a real key equivalent, which would take the letter before the page sees it (no "n" could be typed
 * into a note), so there the menu only shows the key.
 */
export function readerMenuLabel(item: ReaderMenuItem, platform: NodeJS.Platform): string {
  return platform === 'darwin' && item.accelerator !== undefined ? `${item.label} (${item.accelerator})` : item.label;
}

/**
 * The accelerator an item carries on `platform`: on Linux and Windows its key, shown and left unregistered (the page
 * handles it); on macOS none (see readerMenuLabel).
 */
export function readerMenuAccelerator(item: ReaderMenuItem, platform: NodeJS.Platform): string | undefined {
  return platform === 'darwin' ? undefined : item.accelerator;
}
