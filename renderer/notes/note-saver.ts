import type { OffprintApi } from '../../electron/api/contract.ts';
import type { Note } from '../../electron/model/note.ts';

/** Where the note of one review stands, as the status line tells it. */
export type NoteStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'save-failed'; error: unknown }
  | { kind: 'deleted' }
  | { kind: 'delete-failed'; error: unknown };

/** The calls the saver needs from the API. */
export type NoteApi = Pick<OffprintApi, 'saveNote' | 'deleteNote'>;

/** How long after the last keystroke a save starts, and how long a deleted note can be restored. */
export interface NoteSaverTimings {
  debounceMs: number;
  undoMs: number;
}

const defaultTimings: NoteSaverTimings = { debounceMs: 400, undoMs: 10_000 };

/**
 * Keeps the note of one review in step with the archive: saves as the reader types (debounced), one save at a
 * time so the first save's new id is used by the next, and keeps unsaved text after a failure to retry it.
 */
export class NoteSaver {
  readonly reviewId: string;
  readonly #api: NoteApi;
  readonly #timings: NoteSaverTimings;
  readonly #listeners = new Set<() => void>();
  #body = '';
  #noteId: string | undefined;
  #dirty = false;
  #busy = 0;
  #status: NoteStatus = { kind: 'idle' };
  #deletedBody: string | undefined;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #undoTimer: ReturnType<typeof setTimeout> | undefined;
  #queue: Promise<void> = Promise.resolve();

  constructor(api: NoteApi, reviewId: string, timings: Partial<NoteSaverTimings> = {}) {
    this.#api = api;
    this.reviewId = reviewId;
    this.#timings = { ...defaultTimings, ...timings };
  }

  /** The text the reader sees, saved or not. */
  get body(): string {
    return this.#body;
  }

  /** The id of the stored note, once there is one. */
  get noteId(): string | undefined {
    return this.#noteId;
  }

  /** The status line's state. */
  get status(): NoteStatus {
    return this.#status;
  }

  /** Whether the text on screen differs from the archive or a call is still under way. */
  get unsettled(): boolean {
    return this.#dirty || this.#busy > 0;
  }

  /** Whether a just-deleted note can still be restored. */
  get canUndo(): boolean {
    return this.#deletedBody !== undefined;
  }

  /** Calls `listener` after every change; the returned function stops that. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Shows the archive's note (the first of the review's notes) unless the reader has unsaved text. */
  load(note: Note | undefined): void {
    if (this.unsettled) return;
    this.#body = note?.body ?? '';
    this.#noteId = note?.id;
    this.#notify();
  }

  /** Takes the reader's new text and saves it shortly after typing pauses. */
  edit(body: string): void {
    this.#body = body;
    this.#dirty = true;
    this.#dropUndo();
    this.#status = { kind: 'saving' };
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => void this.flush(), this.#timings.debounceMs);
    this.#notify();
  }

  /** Saves unsaved text now; resolves when every save asked for so far has finished. */
  flush(): Promise<void> {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    if (this.#dirty) this.#enqueue(() => this.#save());
    return this.#queue;
  }

  /** Deletes the note after pending saves, keeping its text for `restore` for a short while. */
  remove(): Promise<void> {
    clearTimeout(this.#saveTimer);
    this.#enqueue(() => this.#delete());
    return this.#queue;
  }

  /** Brings back the note deleted last, as a new note with the same text. */
  restore(): Promise<void> {
    const body = this.#deletedBody;
    if (body === undefined) return this.#queue;
    this.edit(body);
    return this.flush();
  }

  #enqueue(task: () => Promise<void>): void {
    this.#busy += 1;
    this.#queue = this.#queue.then(task).finally(() => {
      this.#busy -= 1;
    });
  }

  async #save(): Promise<void> {
    if (!this.#dirty) return;
    const body = this.#body;
    this.#dirty = false;
    try {
      const input = { reviewId: this.reviewId, body };
      const note = await this.#api.saveNote(this.#noteId ? { ...input, id: this.#noteId } : input);
      this.#noteId = note.id;
      this.#status = this.#dirty ? { kind: 'saving' } : { kind: 'saved' };
    } catch (error) {
      this.#dirty = true;
      this.#status = { kind: 'save-failed', error };
    }
    this.#notify();
  }

  async #delete(): Promise<void> {
    const id = this.#noteId;
    const body = this.#body;
    try {
      if (id) await this.#api.deleteNote({ reviewId: this.reviewId, id });
      this.#noteId = undefined;
      this.#body = '';
      this.#dirty = false;
      this.#status = { kind: 'deleted' };
      this.#offerUndo(body);
    } catch (error) {
      this.#status = { kind: 'delete-failed', error };
    }
    this.#notify();
  }

  #offerUndo(body: string): void {
    this.#dropUndo();
    this.#deletedBody = body;
    this.#undoTimer = setTimeout(() => {
      this.#dropUndo();
      if (this.#status.kind === 'deleted') this.#status = { kind: 'idle' };
      this.#notify();
    }, this.#timings.undoMs);
  }

  #dropUndo(): void {
    clearTimeout(this.#undoTimer);
    this.#undoTimer = undefined;
    this.#deletedBody = undefined;
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}
