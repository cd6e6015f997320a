import { useEffect } from 'preact/hooks';
import { isTypingTarget } from '../library/next-review.ts';
import type { SeriesNeighbours } from './series-neighbours.ts';

/** `[` opens the previous issue of the series and `]` the next, unless the reader is typing. */
export function useSeriesKeys(neighbours: SeriesNeighbours, onOpen: (id: string) => void): void {
  useEffect(() => {
    const openNeighbour = (event: KeyboardEvent) => {
      if (event.key !== '[' && event.key !== ']') return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTypingTarget(event.target)) return;
      const target = event.key === '[' ? neighbours.previous : neighbours.next;
      if (!target) return;
      event.preventDefault();
      onOpen(target.id);
    };
    document.addEventListener('keydown', openNeighbour);
    return () => document.removeEventListener('keydown', openNeighbour);
  }, [neighbours, onOpen]);
}
