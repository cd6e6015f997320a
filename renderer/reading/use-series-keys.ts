import { useCommand } from '../commands/use-command.ts';
import type { SeriesNeighbours } from './series-neighbours.ts';

/** `[` (Previous Issue) opens the previous issue of the series and `]` (Next Issue) the next. */
export function useSeriesKeys(neighbours: SeriesNeighbours, onOpen: (id: string) => void): void {
  const openNeighbour = (target: SeriesNeighbours['next']) => {
    if (!target) return false;
    onOpen(target.id);
    return true;
  };
  useCommand('previous-issue', () => openNeighbour(neighbours.previous));
  useCommand('next-issue', () => openNeighbour(neighbours.next));
}
