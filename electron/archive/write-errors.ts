import path from 'node:path';
import { OffprintError } from '../model/offprint-error.ts';

/** Turns a failed write into one line a reader can act on; the file's previous content is always unchanged. */
export function describeWriteError(error: unknown, file: string): Error {
  if (error instanceof OffprintError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const name = path.basename(file);
  const kept = 'The previous version is unchanged.';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new OffprintError(
        'io',
        `Could not save ${name}: the disk is full. Free some space and try again. ${kept}`,
      );
    case 'EROFS':
      return new OffprintError(
        'read-only',
        `Could not save ${name}: the archive folder ${path.dirname(file)} is on a read-only disk. ${kept}`,
      );
    case 'EACCES':
    case 'EPERM':
      return new OffprintError(
        'io',
        `Could not save ${name}: Offprint may not write to ${path.dirname(file)}. Check the folder's permissions. ${kept}`,
      );
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return new OffprintError('io', `Could not save ${name} (${detail}). ${kept}`);
    }
  }
}
