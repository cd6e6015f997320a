import type { BackupProgress } from './archive-backup-manifest.ts';

/** From how many files, or bytes, a backup or restore is big enough to report its progress. */
export const bigArchive = { files: 1000, bytes: 100 * 1024 * 1024 };

/**
 * A progress listener that writes one line (`<label> 40% (400 of 1,000 files)`) at each tenth of the way, and
 * only when the work is big (see bigArchive); small archives finish before anyone would read it.
 */
export function progressLines(write: (line: string) => void, label: string): (progress: BackupProgress) => void {
  let lastTenth = 0;
  return (progress) => {
    if (progress.totalFiles < bigArchive.files && progress.totalBytes < bigArchive.bytes) return;
    const share = progress.totalBytes > 0 ? progress.bytes / progress.totalBytes : progress.files / progress.totalFiles;
    const tenth = Math.floor(share * 10);
    if (tenth <= lastTenth) return;
    lastTenth = tenth;
    const files = `${progress.files.toLocaleString('en-US')} of ${progress.totalFiles.toLocaleString('en-US')} files`;
    write(`${label} ${tenth * 10}% (${files})\n`);
  };
}

/** A size for people: bytes, kB, MB or GB with one decimal. */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
