import type { OffprintApi } from '../../electron/api/contract.ts';
import type { ImportSummary, UploadedFile } from '../../electron/model/import-summary.ts';
import { messageOf } from '../format/error-sentence.ts';
import { encodeBase64 } from './base64-bytes.ts';
import { emptySummary, isEmptySummary, mergeSummaries } from './import-summary.ts';
import { type PickedFile, type UnreadableFile, unreadableReason } from './picked-files.ts';
import { carriesBytes, pathOf, planUploads, type UploadCandidate, type UploadLimits } from './upload-plan.ts';

/** The calls the runner makes. */
export type ImportApi = Pick<OffprintApi, 'importUpload' | 'importUrl'>;

/** How far the imports under way have come: `done` of `total` files, and the one being worked on. */
export interface ImportProgress {
  done: number;
  total: number;
  current: string;
}

/** What the UI shows: progress while importing, then the summary of everything since the last one. */
export interface ImportState {
  progress: ImportProgress | undefined;
  summary: ImportSummary | undefined;
}

interface Flight {
  before: number;
  size: number;
  names: Set<string>;
}

/**
 * Runs imports one after another: picked and dropped files in calls that fit the host's limits, and page
 * addresses. Progress counts every file of every queued import; the summary appears when the queue is empty.
 */
export class ImportRunner {
  #state: ImportState = { progress: undefined, summary: undefined };
  #listeners = new Set<() => void>();
  #queue: Promise<unknown> = Promise.resolve();
  #pending = 0;
  #collected = emptySummary();
  #flight: Flight | undefined;

  constructor(
    private readonly api: ImportApi,
    private readonly limits: UploadLimits,
  ) {}

  /** The progress and summary to show now. */
  get state(): ImportState {
    return this.#state;
  }

  /** Calls `listener` after every change of state; returns the function that stops it. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Imports files, after the imports already queued; files that could not be read are reported as failed. */
  importFiles(files: PickedFile[], unreadable: UnreadableFile[] = []): Promise<void> {
    const count = files.length + unreadable.length;
    if (count === 0) return Promise.resolve();
    return this.#enqueue(count, files[0]?.file.name ?? '', async () => {
      this.#collect({ ...emptySummary(), failed: unreadable });
      this.#advance(unreadable.length);
      await this.#upload(files);
    });
  }

  /** Saves the page at `url`; resolves with what happened, and keeps it for the summary unless it only failed. */
  importUrl(url: string): Promise<ImportSummary> {
    return this.#enqueue(1, url, async () => {
      this.#flight = { before: this.#progress().done, size: 1, names: new Set() };
      try {
        const summary = await this.api.importUrl({ url });
        if (summary.imported.length + summary.duplicates.length > 0) this.#collect(summary);
        return summary;
      } finally {
        this.#flight = undefined;
        this.#advance(1);
      }
    });
  }

  /** Follows the host's `import-progress` events for the call under way. */
  noteProgress(event: ImportProgress): void {
    const flight = this.#flight;
    if (!flight || event.total <= 0) return;
    // A late event of an earlier call names a file this call does not carry.
    if (flight.names.size > 0 && !flight.names.has(event.current) && !flight.names.has(baseName(event.current))) {
      return;
    }
    const share = Math.min(flight.size, Math.floor((Math.max(0, event.done) / event.total) * flight.size));
    const progress = this.#progress();
    this.#setProgress({ ...progress, done: Math.max(progress.done, flight.before + share), current: event.current });
  }

  /** Hides the summary. */
  dismiss(): void {
    this.#set({ ...this.#state, summary: undefined });
  }

  #enqueue<T>(count: number, first: string, job: () => Promise<T>): Promise<T> {
    if (this.#pending === 0) {
      this.#collected = emptySummary();
      this.#set({ progress: { done: 0, total: count, current: first }, summary: undefined });
    } else {
      const progress = this.#progress();
      this.#setProgress({ ...progress, total: progress.total + count });
    }
    this.#pending += 1;
    const run = this.#queue.then(job);
    this.#queue = run.catch(() => undefined).finally(() => this.#finishOne());
    return run;
  }

  #finishOne(): void {
    this.#pending -= 1;
    if (this.#pending > 0) return;
    this.#set({ progress: undefined, summary: isEmptySummary(this.#collected) ? undefined : this.#collected });
  }

  async #upload(files: PickedFile[]): Promise<void> {
    const candidates = files.map((picked) => ({ ...picked, name: picked.file.name, size: picked.file.size }));
    const { batches, refused } = planUploads(candidates, this.limits);
    this.#collect({ ...emptySummary(), failed: refused.map(({ item, reason }) => ({ name: pathOf(item), reason })) });
    this.#advance(refused.length);
    for (const batch of batches) {
      const progress = this.#progress();
      this.#setProgress({ ...progress, current: batch[0]?.name ?? progress.current });
      const { uploads, failed } = await readBatch(batch);
      this.#collect({ ...emptySummary(), failed });
      if (uploads.length > 0) await this.#send(uploads, batch.length - uploads.length);
      else this.#advance(batch.length);
    }
  }

  async #send(files: UploadedFile[], alreadyCounted: number): Promise<void> {
    this.#advance(alreadyCounted);
    this.#flight = {
      before: this.#progress().done,
      size: files.length,
      names: new Set(files.flatMap((file) => [file.name, file.relativePath ?? file.name])),
    };
    try {
      this.#collect(await this.api.importUpload({ files }));
    } catch (error) {
      const reason = reasonOf(error);
      this.#collect({
        ...emptySummary(),
        failed: files.map((file) => ({ name: file.relativePath ?? file.name, reason })),
      });
    } finally {
      const flight = this.#flight;
      this.#flight = undefined;
      const progress = this.#progress();
      this.#setProgress({ ...progress, done: flight ? flight.before + flight.size : progress.done });
    }
  }

  #collect(summary: ImportSummary): void {
    this.#collected = mergeSummaries(this.#collected, summary);
  }

  #advance(count: number): void {
    if (count === 0) return;
    const progress = this.#progress();
    this.#setProgress({ ...progress, done: Math.min(progress.total, progress.done + count) });
  }

  #progress(): ImportProgress {
    return this.#state.progress ?? { done: 0, total: 0, current: '' };
  }

  #setProgress(progress: ImportProgress): void {
    this.#set({ ...this.#state, progress });
  }

  #set(state: ImportState): void {
    this.#state = state;
    for (const listener of [...this.#listeners]) listener();
  }
}

/** Reads a call's files into base64 (only those whose bytes travel); a file that cannot be read is reported. */
async function readBatch(
  batch: (PickedFile & UploadCandidate)[],
): Promise<{ uploads: UploadedFile[]; failed: ImportSummary['failed'] }> {
  const uploads: UploadedFile[] = [];
  const failed: ImportSummary['failed'] = [];
  for (const item of batch) {
    try {
      const dataBase64 = carriesBytes(item) ? encodeBase64(new Uint8Array(await item.file.arrayBuffer())) : '';
      uploads.push(
        item.relativePath
          ? { name: item.name, relativePath: item.relativePath, dataBase64 }
          : { name: item.name, dataBase64 },
      );
    } catch (error) {
      failed.push({ name: pathOf(item), reason: unreadableReason(error) });
    }
  }
  return { uploads, failed };
}

/** The reason part of a failure line: `Cannot import "x.md": it is empty.` gives `it is empty.` */
function reasonOf(error: unknown): string {
  return messageOf(error).replace(/^Cannot import ".*?": /, '') || 'it could not be imported.';
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
