import { useEffect, useRef } from 'preact/hooks';
import type { MenuCommand, OffprintBridge } from '../../electron/api/contract.ts';
import { isImportCommand } from '../import/menu-command.ts';
import { keyForCommand } from '../reading/shortcuts.ts';

/** What the window does for the menu commands that have no key of their own. */
export interface MenuCommandHandlers {
  showOutlets: () => void;
  showAllNotes?: () => void;
}

/** How a menu command is carried out: by pressing the page's own key for it, or by calling a handler. */
export type MenuCommandAction = { key: string } | { handler: keyof MenuCommandHandlers };

/**
 * How the window carries out `command`: the key that does the same (so the menu runs exactly what the key runs),
 * a handler for the commands without a key, or nothing for the imports, which the import controls answer.
 */
export function menuCommandAction(command: MenuCommand): MenuCommandAction | undefined {
  if (isImportCommand(command)) return undefined;
  if (command === 'show-outlets') return { handler: 'showOutlets' };
  if (command === 'show-all-notes') return { handler: 'showAllNotes' };
  const key = keyForCommand(command);
  return key === undefined ? undefined : { key };
}

/** Carries out the commands chosen in the Electron host's application menu, except the imports. */
export function useMenuCommands(api: OffprintBridge, handlers: MenuCommandHandlers): void {
  // Read when a command arrives: the handlers are usually new functions on every render.
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(
    () =>
      api.subscribe((event) => {
        if (event.type !== 'menu-command') return;
        const action = menuCommandAction(event.payload.command);
        if (!action) return;
        if ('key' in action) pressKey(action.key);
        else latest.current[action.handler]?.();
      }),
    [api],
  );
}

function pressKey(key: string): void {
  // Sent to the document, not the focused element: a menu command runs even while the reader is typing a note.
  document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}
