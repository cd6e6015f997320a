const moves: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index, count) => (index + 1) % count,
  ArrowUp: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * The keys of a menu opened from a button: arrows, Home and End move between its enabled items, Escape closes it
 * and gives the focus back to the button, Tab closes it and lets the focus move on.
 */
export function handleMenuKey(
  event: KeyboardEvent,
  menu: HTMLElement | null,
  button: HTMLElement | null,
  close: () => void,
): void {
  if (event.key === 'Escape') {
    event.preventDefault();
    close();
    button?.focus();
    return;
  }
  if (event.key === 'Tab') {
    close();
    return;
  }
  const step = moves[event.key];
  const buttons = [...(menu?.querySelectorAll<HTMLButtonElement>('button:enabled') ?? [])];
  if (!step || buttons.length === 0) return;
  event.preventDefault();
  const current = event.target instanceof HTMLButtonElement ? buttons.indexOf(event.target) : -1;
  buttons[step(Math.max(current, 0), buttons.length)]?.focus();
}
