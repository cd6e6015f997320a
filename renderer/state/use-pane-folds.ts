import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MenuCommand } from '../../electron/api/contract.ts';
import type { Settings } from '../../electron/model/settings.ts';
import type { CommandDispatcher } from '../commands/command-dispatcher.ts';

/** Below this width the side panel no longer has a column of its own: it opens over the article's right part. */
export const overlayQuery = '(max-width: 1100px)';

/** Which panes of the frame show, and how the reader folds them. */
export interface PaneFolds {
  libraryShown: boolean;
  sidePanelShown: boolean;
  /** True when the window is too narrow for a side column, so the side panel opens as an overlay. */
  sidePanelOverlay: boolean;
  toggleLibrary: () => void;
  toggleSidePanel: () => void;
  /** Closes the side panel's overlay (or folds its column). */
  closeSidePanel: () => void;
}

/** Commands that act inside a pane, so the pane must show before they run. */
const commandPanes: readonly { command: MenuCommand; pane: 'library' | 'side' }[] = [
  { command: 'focus-search', pane: 'library' },
  { command: 'focus-note', pane: 'side' },
];

/**
 * The library and side panel folds: kept in the settings for the library and the side column, and for the page's
 * life only for the overlay of a narrow window (which starts closed, so it never covers the text unasked). The
 * `{` and `}` keys toggle them, and `/` and `n` first unfold the pane they work in.
 */
export function usePaneFolds(
  settings: Settings | undefined,
  update: (patch: Partial<Settings>) => void,
  commands: CommandDispatcher,
): PaneFolds {
  const narrow = useMediaQuery(overlayQuery);
  const [overlayOpen, setOverlayOpen] = useState(false);
  const [waiting, setWaiting] = useState<MenuCommand>();
  const libraryShown = !settings?.libraryFolded;
  const sidePanelShown = narrow ? overlayOpen : !settings?.sidePanelFolded;

  const folds: PaneFolds = {
    libraryShown,
    sidePanelShown,
    sidePanelOverlay: narrow,
    toggleLibrary: () => update({ libraryFolded: libraryShown }),
    toggleSidePanel: () => (narrow ? setOverlayOpen(!overlayOpen) : update({ sidePanelFolded: sidePanelShown })),
    closeSidePanel: () => (narrow ? setOverlayOpen(false) : update({ sidePanelFolded: true })),
  };
  const latest = useRef(folds);
  latest.current = folds;

  // Registered while the app first renders, before the panes register theirs: a folded pane unfolds first, and its
  // command runs again once it shows (a hidden control cannot take the focus).
  useMemo(() => {
    commands.handle('toggle-library', () => {
      latest.current.toggleLibrary();
      return true;
    });
    commands.handle('toggle-side-panel', () => {
      latest.current.toggleSidePanel();
      return true;
    });
    for (const { command, pane } of commandPanes) {
      commands.handle(command, () => {
        const shown = pane === 'library' ? latest.current.libraryShown : latest.current.sidePanelShown;
        if (shown) return false;
        if (pane === 'library') latest.current.toggleLibrary();
        else latest.current.toggleSidePanel();
        setWaiting(command);
        return true;
      });
    }
  }, [commands]);

  useEffect(() => {
    if (waiting === undefined) return;
    setWaiting(undefined);
    commands.run(waiting);
  }, [waiting, commands]);

  return folds;
}

/** Whether the window matches `query`, kept up to date as it is resized. */
function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const follow = () => setMatches(list.matches);
    follow();
    list.addEventListener('change', follow);
    return () => list.removeEventListener('change', follow);
  }, [query]);
  return matches;
}
