import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { OffprintBridge } from '../../electron/api/contract.ts';
import type { ImportSummary } from '../../electron/model/import-summary.ts';
import type { Settings } from '../../electron/model/settings.ts';
import { errorSentence } from '../format/error-sentence.ts';
import type { ImportRunner } from '../import/import-runner.ts';
import { type ImportCommand, isImportCommand } from '../import/menu-command.ts';
import { filesFromInput } from '../import/picked-files.ts';
import { importableExtensions } from '../import/upload-plan.ts';
import { ImportMenu } from './import-menu.tsx';
import { UrlDialog } from './url-dialog.tsx';

/**
 * The API (for the host's menu commands), the runner that imports, what opening a saved page does, and the
 * settings (undefined until loaded) with what changing them does.
 */
export interface ImportControlsProps {
  api: OffprintBridge;
  runner: ImportRunner;
  onOpenReview: (id: string) => void;
  settings: Settings | undefined;
  onSettingsChange: (patch: Partial<Settings>) => void;
}

/**
 * Import from the top bar: files, a folder (hidden file inputs the menu clicks), or a page address. Ctrl+O
 * (⌘O) opens the menu; so do the Electron host's File menu items.
 */
export function ImportControls({ api, runner, onOpenReview, settings, onSettingsChange }: ImportControlsProps) {
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [menu, setMenu] = useState<{ open: boolean; focused: ImportCommand }>({ open: false, focused: 'import-files' });
  const [urlOpen, setUrlOpen] = useState(false);

  const toggleMenu = useCallback((open: boolean) => setMenu((shown) => ({ ...shown, open })), []);
  const choose = useCallback((command: ImportCommand) => {
    if (command === 'import-url') setUrlOpen(true);
    else (command === 'import-files' ? filesInput : folderInput).current?.click();
  }, []);

  useEffect(() => {
    // TSX knows no webkitdirectory attribute; with it, the picker chooses a folder and yields every file below.
    folderInput.current?.setAttribute('webkitdirectory', '');
    const openMenu = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'o')
        return;
      event.preventDefault();
      setMenu({ open: true, focused: 'import-files' });
    };
    window.addEventListener('keydown', openMenu);
    const unsubscribe = api.subscribe((event) => {
      if (event.type !== 'menu-command' || !isImportCommand(event.payload.command)) return;
      const { command } = event.payload;
      // A file picker opens only in answer to a click or key in the page; a native menu click is neither.
      if (command === 'import-url' || navigator.userActivation?.isActive) choose(command);
      else setMenu({ open: true, focused: command });
    });
    return () => {
      window.removeEventListener('keydown', openMenu);
      unsubscribe();
    };
  }, [api, choose]);

  const takeFiles = (input: HTMLInputElement) => {
    const files = filesFromInput(input.files);
    // Cleared, so choosing the same file again is a change the input reports.
    input.value = '';
    void runner.importFiles(files);
  };

  const saveUrl = async (url: string): Promise<string | undefined> => {
    let summary: ImportSummary;
    try {
      summary = await runner.importUrl(url);
    } catch (error) {
      return error instanceof Error && error.message ? error.message : errorSentence('save this page', error);
    }
    const opened = summary.imported[0]?.id ?? summary.duplicates[0]?.existingId;
    if (opened) {
      onOpenReview(opened);
      return undefined;
    }
    const reasons = summary.failed.map((failure) => failure.reason).join(' ');
    return `Could not save ${url}: ${reasons || 'it held no article.'}`;
  };

  return (
    <>
      <ImportMenu
        open={menu.open}
        focused={menu.focused}
        onToggle={toggleMenu}
        onChoose={choose}
        fetchRemoteImages={settings?.fetchRemoteImages}
        onFetchRemoteImages={(fetchRemoteImages) => onSettingsChange({ fetchRemoteImages })}
      />
      <input
        ref={filesInput}
        type="file"
        multiple
        accept={importableExtensions}
        class="visually-hidden"
        tabIndex={-1}
        aria-label="Files to import"
        onChange={(event) => takeFiles(event.currentTarget)}
      />
      <input
        ref={folderInput}
        type="file"
        multiple
        class="visually-hidden"
        tabIndex={-1}
        aria-label="Folder to import"
        onChange={(event) => takeFiles(event.currentTarget)}
      />
      <UrlDialog open={urlOpen} onSave={saveUrl} onClose={() => setUrlOpen(false)} />
    </>
  );
}
