/** Input that means the reader chose something: a press of a mouse button, a key or a tap. */
const choosingInput = new Set(['mouseDown', 'mouseUp', 'keyDown', 'rawKeyDown', 'gestureTap', 'touchEnd']);

/** How long after such input a request to open a link still counts as the reader's own. */
export const gestureWindowMs = 1000;

/** Remembers when the reader last clicked, pressed a key or tapped in one window. */
export interface GestureClock {
  /** Notes an input event by its type (Electron's InputEvent type names). */
  record(type: string): void;
  /** Whether the reader clicked, pressed a key or tapped within the last second. */
  isRecent(): boolean;
}

/**
 * A clock of the reader's own input, so a link goes to the system's browser only right after a click or a key:
 * a script that calls window.open by itself (were one ever to run) opens nothing.
 */
export function createGestureClock(now: () => number = Date.now): GestureClock {
  let last = Number.NEGATIVE_INFINITY;
  return {
    record(type) {
      if (choosingInput.has(type)) last = now();
    },
    isRecent() {
      return now() - last <= gestureWindowMs;
    },
  };
}
