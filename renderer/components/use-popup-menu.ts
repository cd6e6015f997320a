import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

const moves: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index, count) => (index + 1) % count,
  ArrowUp: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/** Whether a menu opened from a button is open, its elements, and the key handler its list takes. */
export interface PopupMenu {
  open: boolean;
  container: RefObject<HTMLDivElement>;
  button: RefObject<HTMLButtonElement>;
  menu: RefObject<HTMLDivElement>;
  onKeyDown: (event: KeyboardEvent) => void;
}

/**
 * A menu opened from a button: while `open`, the item `focusSelector` picks (or the first) has the focus, and a
 * press anywhere outside the menu closes it; its keys are those of handleMenuKey.
 */
export function usePopupMenu(open: boolean, close: () => void, focusSelector = 'button'): PopupMenu {
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  // Before paint, so a key pressed right after the menu appears already lands in it.
  useLayoutEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>(focusSelector)?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && !container.current?.contains(event.target)) close();
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open, focusSelector, close]);
  const onKeyDown = (event: KeyboardEvent) => handleMenuKey(event, menu.current, button.current, close);
  return { open, container, button, menu, onKeyDown };
}

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
