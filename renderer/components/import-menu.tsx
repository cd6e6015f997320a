import { useCallback } from 'preact/hooks';
import type { ImportCommand } from '../import/menu-command.ts';
import { MenuItem, PopupMenuButton } from './popup-menu.tsx';
import { usePopupMenu } from './use-popup-menu.ts';

const items: { command: ImportCommand; label: string }[] = [
  { command: 'import-files', label: 'Import files…' },
  { command: 'import-folder', label: 'Import a folder…' },
  { command: 'import-url', label: 'Save page from URL…' },
];

/**
 * Whether the menu is open and which item has focus; what choosing an item and opening or closing it do; and the
 * "fetch remote images" setting (undefined until the settings are loaded).
 */
export interface ImportMenuProps {
  open: boolean;
  focused: ImportCommand;
  onToggle: (open: boolean) => void;
  onChoose: (command: ImportCommand) => void;
  fetchRemoteImages: boolean | undefined;
  onFetchRemoteImages: (on: boolean) => void;
}

const shortcut = /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘O' : 'Ctrl+O';

/** The top bar's "Import…" button and its menu: arrow keys move, Escape closes, a click elsewhere closes it. */
export function ImportMenu({
  open,
  focused,
  onToggle,
  onChoose,
  fetchRemoteImages,
  onFetchRemoteImages,
}: ImportMenuProps) {
  const close = useCallback(() => onToggle(false), [onToggle]);
  const popup = usePopupMenu(open, close, `[data-command="${focused}"]`);

  return (
    <div class="import-menu" ref={popup.container}>
      <PopupMenuButton
        popup={popup}
        label="Import"
        buttonClass="quiet-button import-button"
        title={`Import reviews (${shortcut})`}
        keyShortcuts="Control+O Meta+O"
        onToggle={() => onToggle(!open)}
      >
        {items.map((item) => (
          <MenuItem
            key={item.command}
            data-command={item.command}
            onClick={() => {
              onToggle(false);
              onChoose(item.command);
            }}
          >
            {item.label}
          </MenuItem>
        ))}
        <hr class="import-menu-separator" />
        <MenuItem
          role="menuitemcheckbox"
          aria-checked={fetchRemoteImages === true}
          disabled={fetchRemoteImages === undefined}
          title="Saved pages keep their local images always; this also fetches the ones they link on the web"
          onClick={() => {
            onToggle(false);
            onFetchRemoteImages(!fetchRemoteImages);
          }}
        >
          Fetch remote images of saved pages
        </MenuItem>
      </PopupMenuButton>
    </div>
  );
}
