import { stat } from 'node:fs/promises';
import path from 'node:path';
import { type Library, openLibrary } from '../api/library.ts';
import { OffprintError } from '../model/offprint-error.ts';
import type { CliIo } from './cli-io.ts';

/**
 * How a command opens the archive: `read` takes no lock; `write` takes the single-writer lock (waiting for it with
 * `wait`), and only with `create` makes a new archive where there is none.
 */
export type SessionMode =
  | { mode: 'read' }
  | { mode: 'write'; wait?: boolean; create?: boolean; stayReadOnly?: boolean };

/** Fails with one line when `dir` holds no archive: neither `offprint.json` nor `reviews/`. */
export async function requireArchive(dir: string): Promise<void> {
  for (const name of ['offprint.json', 'reviews']) {
    const found = await stat(path.join(dir, name)).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        // Only "not there" means no archive; anything else (a file where the folder should be) is its own failure.
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    if (found) return;
  }
  throw new OffprintError('not-found', `There is no Offprint archive at ${dir}.`);
}

/** Tells the reader, once, that the command waits for another process to close the archive. */
export function announceWait(io: CliIo): (pid: number) => void {
  return (pid) => io.stderr.write(`Waiting for the other Offprint process (pid ${pid}) to close the archive…\n`);
}

/**
 * Opens the library at `dir`, runs `work` on it and always closes it, so pending writes finish and the lock is
 * let go. A writer is told the archive's notices on stderr, and refused when the archive can only be read
 * (unless `stayReadOnly`, for the browser host, which still serves it for reading).
 */
export async function withLibrary<T>(
  dir: string,
  session: SessionMode,
  io: CliIo,
  work: (library: Library) => Promise<T>,
): Promise<T> {
  const library = await openSession(dir, session, io);
  try {
    return await work(library);
  } finally {
    await library.close();
  }
}

async function openSession(dir: string, session: SessionMode, io: CliIo): Promise<Library> {
  if (session.mode === 'read') {
    await requireArchive(dir);
    return openLibrary(dir, { readOnly: true, addSample: false });
  }
  if (!session.create) await requireArchive(dir);
  const library = await openLibrary(dir, { wait: session.wait ?? false, onWait: announceWait(io) });
  const reason = library.archive.readOnlyReason;
  const refused = reason !== null && !session.stayReadOnly;
  for (const notice of library.archive.notices) {
    if (!(refused && notice === reason)) io.stderr.write(`${notice}\n`);
  }
  if (refused) {
    await library.archive.close();
    throw new OffprintError('read-only', reason);
  }
  return library;
}
