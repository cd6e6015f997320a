import type { HighlightColor } from '../../electron/model/note.ts';

/** The colours offered, in the order shown. */
export const highlightColors: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink'];

/** Where to show the toolbar (viewport coordinates under the selection) and what to do with a chosen colour. */
export interface HighlightToolbarProps {
  top: number;
  left: number;
  onHighlight: (color: HighlightColor) => void;
}

/** The small toolbar over a text selection in the article: highlight it, in one of a few colours. */
export function HighlightToolbar({ top, left, onHighlight }: HighlightToolbarProps) {
  // Pressing a button must not take the selection away before the click is handled.
  const keepSelection = (event: MouseEvent) => event.preventDefault();
  return (
    <div
      class="highlight-toolbar"
      role="toolbar"
      aria-label="Highlight the selection"
      style={{ top: `${top}px`, left: `${left}px` }}
      onMouseDown={keepSelection}
    >
      <button type="button" class="highlight-button" onClick={() => onHighlight('yellow')}>
        Highlight
      </button>
      {highlightColors.map((color) => (
        <button
          type="button"
          key={color}
          class={`highlight-swatch highlight-${color}`}
          aria-label={`Highlight in ${color}`}
          title={`Highlight in ${color}`}
          onClick={() => onHighlight(color)}
        />
      ))}
    </div>
  );
}
