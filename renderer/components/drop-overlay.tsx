/** Covers the window while files are dragged over it, saying what dropping them does. */
export function DropOverlay({ visible }: { visible: boolean }) {
  if (!visible) return null;
  return (
    <div class="drop-overlay" aria-hidden="true">
      <p class="drop-overlay-text">Drop files or folders to import them</p>
    </div>
  );
}
