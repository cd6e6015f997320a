import type { KeyedSequencer } from '../common/sequencer.ts';
import { OffprintError } from '../model/offprint-error.ts';
import { tempFolder } from './archive-layout.ts';
import { writeFileDurably } from './durable-file.ts';

/** What the parts of an open archive share: its folder, one write queue per file, its read-only state, its notices. */
export interface ArchiveContext {
  readonly dir: string;
  /** Writes to one file (keyed by its path) run one after another. */
  readonly writes: KeyedSequencer;
  /** Why nothing can be changed, or null when the archive is writable. */
  readOnlyReason(): string | null;
  /** Tells the reader something they should know, and keeps it among the archive's notices. */
  notify(notice: string): void;
}

/** Refuses a change to an archive open for reading only. */
export function requireWritable(context: ArchiveContext): void {
  const reason = context.readOnlyReason();
  if (reason) throw new OffprintError('read-only', reason);
}

/** Writes `value` as JSON to `file` in the archive, durably; with `keepPrevious`, the old content stays as `.prev`. */
export function writeJson(context: ArchiveContext, file: string, value: unknown, keepPrevious = false): Promise<void> {
  return writeFileDurably(file, JSON.stringify(value), { tempDir: tempFolder(context.dir), keepPrevious });
}
