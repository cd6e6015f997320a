/** What Electron tells about a right-click that the context menu depends on (part of its ContextMenuParams). */
export interface ContextMenuClick {
  x: number;
  y: number;
  isEditable: boolean;
  selectionText: string;
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

/** One item of the window's context menu: an editing role, a command the window carries out, or a divider. */
export type ContextMenuEntry =
  | { kind: 'role'; role: 'cut' | 'copy' | 'paste' | 'selectAll'; enabled: boolean }
  | { kind: 'command'; command: 'highlight-selection' | 'copy-citation'; label: string }
  | { kind: 'inspect' }
  | { kind: 'separator' };

/**
 * The context menu for a right-click: Cut, Copy, Paste and Select All in a text field; Highlight Selection and Copy
 * for text selected in the page; Copy Citation elsewhere (the window copies the reference under the pointer, or else
 * the open review's own citation); Inspect Element only outside a packaged app. Nothing that reaches the network or leaves the app.
 */
export function contextMenuEntries(click: ContextMenuClick, developer: boolean): ContextMenuEntry[] {
  const flags = click.editFlags;
  const selectAll: ContextMenuEntry = { kind: 'role', role: 'selectAll', enabled: flags.canSelectAll };
  const entries: ContextMenuEntry[] = click.isEditable
    ? [
        { kind: 'role', role: 'cut', enabled: flags.canCut },
        { kind: 'role', role: 'copy', enabled: flags.canCopy },
        { kind: 'role', role: 'paste', enabled: flags.canPaste },
        { kind: 'separator' },
        selectAll,
      ]
    : click.selectionText.trim() !== ''
      ? [
          { kind: 'command', command: 'highlight-selection', label: 'Highlight Selection' },
          { kind: 'separator' },
          { kind: 'role', role: 'copy', enabled: flags.canCopy },
          selectAll,
        ]
      : [{ kind: 'command', command: 'copy-citation', label: 'Copy Citation' }, { kind: 'separator' }, selectAll];
  return developer ? [...entries, { kind: 'separator' }, { kind: 'inspect' }] : entries;
}

/** The point right-clicked in the page's CSS pixels: Electron gives it in window pixels, which page zoom scales. */
export function pagePoint(click: Pick<ContextMenuClick, 'x' | 'y'>, zoomFactor: number): { x: number; y: number } {
  const zoom = zoomFactor > 0 ? zoomFactor : 1;
  return { x: click.x / zoom, y: click.y / zoom };
}
