import { useEffect, useRef } from 'preact/hooks';
import { isTypingTarget } from '../library/next-review.ts';
import type { SeriesNeighbours } from './series-neighbours.ts';

/** `[` opens the previous issue of the series and `]` the next, unless the reader is typing. */
export function useSeriesKeys(neighbours: SeriesNeighbours, onOpen: (id: string) => void): void {
  // Read at key time, not captured: an effect re-subscribes only after paint, and a key pressed in between
  // would otherwise move from the review that was open before.
  const latest = useRef({ neighbours, onOpen });
  latest.current = { neighbours, onOpen };
  useEffect(() => {
    const openNeighbour = (event: KeyboardEvent) => {
      if (event.key !== '[' && event.key !== ']') return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTypingTarget(event.target)) return;
      const { neighbours: current, onOpen: open } = latest.current;
      const target = event.key === '[' ? current.previous : current.next;
      if (!target) return;
      event.preventDefault();
      open(target.id);
    };
    document.addEventListener('keydown', openNeighbour);
    return () => document.removeEventListener('keydown', openNeighbour);
  }, []);
}
