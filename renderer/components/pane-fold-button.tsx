import type { Ref } from 'preact';

/** The pane a fold button shows or hides, the key that does the same, and what pressing it does. */
export interface PaneFoldButtonProps {
  label: string;
  /** The id of the pane it folds. */
  controls: string;
  shown: boolean;
  shortcut: string;
  /** Which edge of the window the pane sits at, for the button's glyph. */
  side: 'start' | 'end';
  onToggle: () => void;
  buttonRef?: Ref<HTMLButtonElement>;
}

/** A top-bar button that folds a pane away or shows it again; it reads as expanded while the pane shows. */
export function PaneFoldButton({ label, controls, shown, shortcut, side, onToggle, buttonRef }: PaneFoldButtonProps) {
  return (
    <button
      type="button"
      ref={buttonRef}
      class={`quiet-button pane-fold-button pane-fold-${side}`}
      aria-expanded={shown}
      aria-controls={controls}
      aria-keyshortcuts={shortcut}
      title={`${shown ? 'Fold' : 'Show'} the ${label.toLowerCase()} (${shortcut})`}
      onClick={onToggle}
    >
      {label}
    </button>
  );
}
