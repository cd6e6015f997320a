import { type BrowserWindow, dialog } from 'electron';
import type { OffprintApi } from '../api/contract.ts';
import { messageOf } from '../common/messages.ts';
import type { PendingWork } from '../host/pending-work.ts';
import type { ImportSummary } from '../model/import-summary.ts';

/**
 * The files the system asked Offprint to open (a double-click, "Open with", a file dropped on the app's icon): each
 * batch is imported into the archive and the first review it brings is shown, in a new window when none is open
 * (macOS keeps the app running with none). Files that arrive before the archive is open wait for it.
 */
export class OpenedDocuments {
  readonly #work: PendingWork;
  readonly #currentWindow: () => BrowserWindow | null;
  readonly #openWindow: () => Promise<void>;
  #waiting: string[] = [];
  #api: OffprintApi | undefined;

  /** `openWindow` opens the reader's window (on the last review read) once the archive is open. */
  constructor(work: PendingWork, currentWindow: () => BrowserWindow | null, openWindow: () => Promise<void>) {
    this.#work = work;
    this.#currentWindow = currentWindow;
    this.#openWindow = openWindow;
  }

  /** Imports `files` now when the archive is open, otherwise once it is. */
  open(files: readonly string[]): void {
    if (files.length === 0) return;
    if (!this.#api) {
      this.#waiting.push(...files);
      return;
    }
    void this.#work.track(this.#importAndShow(this.#api, [...files]), importingLabel(files.length));
  }

  /** The archive is open: imports the files that waited (resolving once they are in) and from now on imports at once. */
  async attach(api: OffprintApi): Promise<void> {
    this.#api = api;
    const waiting = this.#waiting.splice(0);
    if (waiting.length > 0) await this.#work.track(this.#importAndShow(api, waiting), importingLabel(waiting.length));
  }

  async #importAndShow(api: OffprintApi, paths: string[]): Promise<void> {
    let summary: ImportSummary;
    try {
      summary = await api.importFiles({ paths });
    } catch (error) {
      this.#warn('Offprint could not import the files it was asked to open', messageOf(error));
      return;
    }
    if (summary.failed.length > 0)
      this.#warn(
        `Offprint could not import ${summary.failed.length === 1 ? 'a file' : `${summary.failed.length} files`}`,
        summary.failed.map(({ name, reason }) => `${name}: ${reason}`).join('\n'),
      );
    // A file already in the archive is shown too: opening it again means "show me this".
    const shown = summary.imported[0]?.id ?? summary.duplicates[0]?.existingId;
    if (shown) await this.#show(api, shown);
  }

  /**
   * The window opens on the last review read, so that is what it becomes: an open window reloads to show it, and
   * with none open, one opens.
   */
  async #show(api: OffprintApi, id: string): Promise<void> {
    try {
      await api.updateSettings({ lastReviewId: id });
    } catch (error) {
      this.#warn('Offprint imported the file but could not show it', messageOf(error));
      return;
    }
    const window = this.#currentWindow();
    if (!window || window.isDestroyed()) {
      await this.#openWindow();
      return;
    }
    if (window.isMinimized()) window.restore();
    window.focus();
    // Notes being typed are saved on pagehide, so the reload loses nothing.
    window.webContents.reload();
  }

  #warn(message: string, detail: string): void {
    console.error(`${message}: ${detail}`);
    const window = this.#currentWindow();
    const options = { type: 'warning' as const, title: 'Offprint', message, detail };
    void (window && !window.isDestroyed() ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
  }
}

function importingLabel(count: number): string {
  return `importing ${count === 1 ? 'a file' : `${count} files`}`;
}
