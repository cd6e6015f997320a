import { createContext } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import type { MenuCommand } from '../../electron/api/contract.ts';
import type { CommandAction, CommandDispatcher } from './command-dispatcher.ts';

/** The window's command dispatcher, provided by the app. */
export const CommandsContext = createContext<CommandDispatcher | undefined>(undefined);

/** Makes `action` carry out `command` while the calling component is mounted. */
export function useCommand(command: MenuCommand, action: CommandAction): void {
  const commands = useContext(CommandsContext);
  // Read when the command runs, not captured: an effect re-registers only after paint, and a key pressed in between
  // would otherwise act on what was shown before.
  const latest = useRef(action);
  latest.current = action;
  useEffect(() => commands?.handle(command, () => latest.current()), [commands, command]);
}
