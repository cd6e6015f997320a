import { useEffect, useRef } from 'preact/hooks';
import type { MenuCommand, OffprintBridge } from '../../electron/api/contract.ts';
import { isImportCommand } from '../import/menu-command.ts';
import { copyCitationAt } from '../references/citation-targets.ts';
import type { CommandDispatcher } from './command-dispatcher.ts';
import { keyForCommand } from './shortcuts.ts';

/** What the window does for the menu commands that have no key of their own. */
export interface MenuCommandHandlers {
  showOutlets: () => void;
  showAllNotes?: () => void;
  /** Copy Citation away from any reference: the citation of the review that is open. */
  copyReviewCitation?: () => void;
}

/**
 * How a menu command is carried out: by the action of the page's own key for it, by calling a handler, or (Copy
 * Citation from the context menu) by copying the reference at the point right-clicked, or else the open review's citation.
 */
export type MenuCommandAction = { key: string } | { handler: keyof MenuCommandHandlers } | { citationAtPoint: true };

/**
 * How the window carries out `command`: the key that does the same (so the menu runs exactly what the key runs),
 * a handler for the commands without a key, or nothing for the imports, which the import controls answer.
 */
export function menuCommandAction(command: MenuCommand): MenuCommandAction | undefined {
  if (isImportCommand(command)) return undefined;
  if (command === 'show-outlets') return { handler: 'showOutlets' };
  if (command === 'show-all-notes') return { handler: 'showAllNotes' };
  if (command === 'copy-citation') return { citationAtPoint: true };
  const key = keyForCommand(command);
  return key === undefined ? undefined : { key };
}

/**
 * Carries out the commands chosen in the Electron host's application and context menus, except the imports. A command
 * with a key runs that key's action through `commands`, even while the reader is typing a note.
 */
export function useMenuCommands(api: OffprintBridge, commands: CommandDispatcher, handlers: MenuCommandHandlers): void {
  // Read when a command arrives: the handlers are usually new functions on every render.
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(
    () =>
      api.subscribe((event) => {
        if (event.type !== 'menu-command') return;
        const { command, point } = event.payload;
        const action = menuCommandAction(command);
        if (!action) return;
        if ('key' in action) commands.run(command);
        else if ('handler' in action) latest.current[action.handler]?.();
        else copyCitationAt(document, point, () => latest.current.copyReviewCitation?.());
      }),
    [api, commands],
  );
}
