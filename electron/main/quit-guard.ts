import { type App, dialog } from 'electron';
import { messageOf } from '../common/messages.ts';
import type { PendingWork } from '../host/pending-work.ts';

/** How long quitting waits for work still running before Offprint exits anyway. */
export const quitWaitMs = 10_000;

/**
 * Holds `will-quit` until the pending work has settled and `finish` (closing the archive) is done, but no longer
 * than `limitMs`: then Offprint says in one line, and in a box, what was still running, and quits without
 * finishing, so no process is left with no window holding the single-instance lock.
 */
export function holdQuitForWork(
  app: App,
  work: PendingWork,
  finish: () => Promise<void>,
  limitMs: number = quitWaitMs,
): void {
  let finished = false;
  app.on('will-quit', (event) => {
    if (finished) return;
    event.preventDefault();
    void finishWithin(work, finish, limitMs).finally(() => {
      finished = true;
      app.quit();
    });
  });
}

/**
 * When the reader closes the last window while work is running, says what is running and asks: wait for it (the
 * app quits once it is done) or quit now. Answers what was chosen; with nothing running, quits at once.
 */
export async function quitAfterLastWindow(app: App, work: PendingWork): Promise<'quit' | 'wait'> {
  const running = work.labels();
  if (running.length > 0) {
    const { response } = await dialog.showMessageBox({
      type: 'question',
      title: 'Offprint',
      message: `Offprint is still ${sentenceOf(running)}.`,
      detail: 'Wait, and Offprint quits once it is done; or quit now and lose what is not finished.',
      buttons: ['Wait', 'Quit Now'],
      defaultId: 0,
      cancelId: 0,
    });
    if (response === 0) {
      void work.settled().then(() => app.quit());
      return 'wait';
    }
  }
  app.quit();
  return 'quit';
}

async function finishWithin(work: PendingWork, finish: () => Promise<void>, limitMs: number): Promise<void> {
  const left = await work.settledWithin(limitMs);
  if (left.length === 0) {
    await finish().catch((error: unknown) => console.error(`Offprint could not finish saving (${messageOf(error)}).`));
    return;
  }
  const line = `Offprint quit while still ${sentenceOf(left)}; what was not finished was not saved.`;
  console.error(line);
  await dialog.showMessageBox({ type: 'warning', title: 'Offprint', message: line });
}

/** "importing 3 files", "importing 3 files and saving changes", "a, b and c". */
function sentenceOf(labels: readonly string[]): string {
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}
