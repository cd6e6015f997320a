import type { MenuCommand } from '../../electron/api/contract.ts';

/** A key the page listens for without modifiers (`KeyboardEvent.key`), and the menu command that does the same. */
export interface ShortcutKey {
  key: string;
  command: MenuCommand;
}

/** The headings the "?" dialog sorts the shortcuts under. */
export type ShortcutGroup = 'Library' | 'Reading' | 'Notes' | 'Menus and dialogs' | 'General';

/**
 * One row of the shortcuts list: the keys as shown, what they do, the heading it is listed under ("General" when left
 * out), and the single keys behind it that the page dispatches (none for keys a control answers itself).
 */
export interface Shortcut {
  keys: string;
  action: string;
  group?: ShortcutGroup;
  bindings: readonly ShortcutKey[];
}

/** Every keyboard shortcut of the reader, in the order the "?" dialog lists them. */
export const shortcuts: readonly Shortcut[] = [
  {
    keys: 'j / k',
    action: 'Next / previous review in the library',
    group: 'Library',
    bindings: [
      { key: 'j', command: 'next-review' },
      { key: 'k', command: 'previous-review' },
    ],
  },
  { keys: '/', action: 'Search the library', group: 'Library', bindings: [{ key: '/', command: 'focus-search' }] },
  {
    keys: '↓ / Enter',
    action: 'In the search box: go to the results / open the first',
    group: 'Library',
    bindings: [],
  },
  { keys: 'Escape', action: 'In the search box: clear it; in the results: back to it', group: 'Library', bindings: [] },
  { keys: '↑ / ↓', action: 'Move through the library list or the search results', group: 'Library', bindings: [] },
  { keys: 'Home / End', action: 'First / last review in the library list', group: 'Library', bindings: [] },
  { keys: 'PgUp / PgDn', action: 'Ten reviews up / down the library list', group: 'Library', bindings: [] },
  {
    keys: '[ / ]',
    action: 'Previous / next issue in the series',
    group: 'Reading',
    bindings: [
      { key: '[', command: 'previous-issue' },
      { key: ']', command: 'next-issue' },
    ],
  },
  {
    keys: '{ / }',
    action: 'Fold or show the library / the side panel',
    group: 'Reading',
    bindings: [
      { key: '{', command: 'toggle-library' },
      { key: '}', command: 'toggle-side-panel' },
    ],
  },
  {
    keys: 'h',
    action: 'Highlight the selected text',
    group: 'Reading',
    bindings: [{ key: 'h', command: 'highlight-selection' }],
  },
  {
    keys: 'n',
    action: 'Write a note on the open review',
    group: 'Notes',
    bindings: [{ key: 'n', command: 'focus-note' }],
  },
  { keys: 'Escape', action: 'Leave the note, so the keys here work again', group: 'Notes', bindings: [] },
  { keys: '← / →', action: 'On the Edit / Preview switch: change the view', group: 'Notes', bindings: [] },
  // The import commands have their own File menu items; the page's Ctrl+O opens the import menu.
  { keys: 'Ctrl+O / ⌘O', action: 'Import files', group: 'Menus and dialogs', bindings: [] },
  { keys: '↑ ↓ Home End', action: 'Move through an open menu', group: 'Menus and dialogs', bindings: [] },
  {
    keys: 'Escape',
    action: 'Close a dialog, popover or toolbar',
    group: 'Menus and dialogs',
    bindings: [],
  },
  {
    keys: '?',
    action: 'Show these shortcuts',
    group: 'Menus and dialogs',
    bindings: [{ key: '?', command: 'show-shortcuts' }],
  },
];

/** The shortcuts under each heading, the headings in the order the table first uses them. */
export function shortcutsByGroup(table: readonly Shortcut[] = shortcuts): { group: ShortcutGroup; rows: Shortcut[] }[] {
  const groups = new Map<ShortcutGroup, Shortcut[]>();
  for (const shortcut of table) {
    const group = shortcut.group ?? 'General';
    groups.set(group, [...(groups.get(group) ?? []), shortcut]);
  }
  return [...groups].map(([group, rows]) => ({ group, rows }));
}

/** Every single key the page listens for, with its menu command. */
export function shortcutKeys(): ShortcutKey[] {
  return shortcuts.flatMap((shortcut) => shortcut.bindings);
}

/** The key that does what `command` does, if the page has one for it. */
export function keyForCommand(command: MenuCommand): string | undefined {
  return shortcutKeys().find((binding) => binding.command === command)?.key;
}
