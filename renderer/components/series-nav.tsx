import { issueLabel } from '../reading/issue-label.ts';
import type { SeriesNeighbours } from '../reading/series-neighbours.ts';

/** Previous and next issue of the open review's series, as buttons under the header (keys `[` and `]`). */
export function SeriesNav({ neighbours, onOpen }: { neighbours: SeriesNeighbours; onOpen: (id: string) => void }) {
  const { previous, next } = neighbours;
  if (!previous && !next) return null;
  return (
    <nav class="series-nav" aria-label="Series">
      <button
        type="button"
        disabled={!previous}
        title={previous ? `${issueLabel(previous)} ([)` : undefined}
        onClick={() => previous && onOpen(previous.id)}
      >
        ← Previous issue
      </button>
      <button
        type="button"
        disabled={!next}
        title={next ? `${issueLabel(next)} (])` : undefined}
        onClick={() => next && onOpen(next.id)}
      >
        Next issue →
      </button>
    </nav>
  );
}
