import type { MenuCommand } from '../../electron/api/contract.ts';

/** A key the page listens for without modifiers (`KeyboardEvent.key`), and the menu command that does the same. */
export interface ShortcutKey {
  key: string;
  command: MenuCommand;
}

/** One row of the shortcuts list: the keys as shown, what they do, and the single keys behind them (if any). */
export interface Shortcut {
  keys: string;
  action: string;
  bindings: readonly ShortcutKey[];
}

/** Every keyboard shortcut of the reader, in the order the "?" dialog lists them. */
export const shortcuts: readonly Shortcut[] = [
  {
    keys: 'j / k',
    action: 'Next / previous review in the library',
    bindings: [
      { key: 'j', command: 'next-review' },
      { key: 'k', command: 'previous-review' },
    ],
  },
  {
    keys: '[ / ]',
    action: 'Previous / next issue in the series',
    bindings: [
      { key: '[', command: 'previous-issue' },
      { key: ']', command: 'next-issue' },
    ],
  },
  { keys: '/', action: 'Search the library', bindings: [{ key: '/', command: 'focus-search' }] },
  { keys: 'n', action: 'Write a note on the open review', bindings: [{ key: 'n', command: 'focus-note' }] },
  { keys: 'h', action: 'Highlight the selected text', bindings: [{ key: 'h', command: 'highlight-selection' }] },
  // The import commands have their own File menu items; the page's Ctrl+O opens the import menu.
  { keys: 'Ctrl+O / ⌘O', action: 'Import files', bindings: [] },
  { keys: '?', action: 'Show these shortcuts', bindings: [{ key: '?', command: 'show-shortcuts' }] },
  { keys: 'Escape', action: 'Close a dialog, popover or toolbar', bindings: [] },
];

/** Every single key the page listens for, with its menu command. */
export function shortcutKeys(): ShortcutKey[] {
  return shortcuts.flatMap((shortcut) => shortcut.bindings);
}

/** The key that does what `command` does, if the page has one for it. */
export function keyForCommand(command: MenuCommand): string | undefined {
  return shortcutKeys().find((binding) => binding.command === command)?.key;
}
