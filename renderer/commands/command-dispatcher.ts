import type { MenuCommand } from '../../electron/api/contract.ts';
import { shortcutKeys } from './shortcuts.ts';
import { isTypingTarget } from './typing-target.ts';

/** What a command does; answers whether it did something, so the key press that asked for it is used up. */
export type CommandAction = () => boolean;

/**
 * Carries out the reader's commands, the same action whether its key was pressed or its menu item chosen. The keys
 * are those of shortcuts.ts; the views that can carry out a command register their action for it.
 */
export class CommandDispatcher {
  readonly #actions = new Map<MenuCommand, CommandAction[]>();
  readonly #commandOfKey = new Map(shortcutKeys().map((binding) => [binding.key, binding.command]));

  /** Makes `action` carry out `command` (after any action registered earlier declines); answers the undoing function. */
  handle(command: MenuCommand, action: CommandAction): () => void {
    this.#actions.set(command, [...(this.#actions.get(command) ?? []), action]);
    return () => this.#actions.set(command, this.#actions.get(command)?.filter((each) => each !== action) ?? []);
  }

  /** Carries out `command`; answers whether an action did something. */
  run(command: MenuCommand): boolean {
    return (this.#actions.get(command) ?? []).some((action) => action());
  }

  /** Carries out the command of a key pressed without modifiers, unless the reader is typing; a done command uses the press up. */
  press(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const command = this.#commandOfKey.get(event.key);
    if (command === undefined || isTypingTarget(event.target)) return;
    if (this.run(command)) event.preventDefault();
  }

  /** Answers the key presses of `target` (the document) until the returned function is called. */
  listen(target: EventTarget): () => void {
    const onKey = (event: Event) => this.press(event as KeyboardEvent);
    target.addEventListener('keydown', onKey);
    return () => target.removeEventListener('keydown', onKey);
  }
}
