import { startAutomaticBackups } from '../archive/backup/backup-timer.ts';
import type { Library } from './library.ts';

/**
 * Runs the reader's automatic backups for a host that stays open (the window, the browser host): on the schedule
 * in the settings, following changes to it, with failures told to every window as an archive notice. Answers the
 * function that stops them.
 */
export function startLibraryBackups(library: Library, track?: <T>(work: Promise<T>) => Promise<T>): () => void {
  const backups = startAutomaticBackups({
    archiveDir: library.archive.dir,
    setting: () => library.archive.settings.autoBackup,
    track,
    onFailure: (notice) => library.events.emit({ type: 'archive-notice', payload: { notice } }),
  });
  const unsubscribe = library.events.subscribe((event) => {
    if (event.type === 'settings-changed') void backups.reschedule();
  });
  return () => {
    unsubscribe();
    backups.stop();
  };
}
