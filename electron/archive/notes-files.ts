import { messageOf } from '../common/messages.ts';
import type { Note } from '../model/note.ts';
import { OffprintError } from '../model/offprint-error.ts';
import type { ReviewState } from '../model/review-state.ts';
import { type ArchiveContext, requireWritable, writeJson } from './archive-context.ts';
import { NotesFileSchema } from './archive-format.ts';
import { notesFile, notesFolderName, previousVersionOf } from './archive-layout.ts';
import { moveAside, readChecked } from './damaged-file.ts';
import { ReviewStates } from './review-states.ts';

/** What the notes files need from the archive around them, besides the shared context. */
export interface NotesFilesOptions {
  /** The title of a review, to name it in a notice. */
  titleOf(reviewId: string): string;
  /** Told when a review's counts changed on their own, after its notes were saved or opened. */
  onStateChange(state: ReviewState): void;
  /** Told of a passing problem, one that is not kept among the archive's notices. */
  tell(notice: string): void;
}

/**
 * `notes/<id>.json`: the notes and highlights on each review, saved with the version before the last save kept as
 * `.prev`, from which a damaged file is recovered. The notes files are the truth the review states' counts follow:
 * every save records the new counts, and opening a review's notes puts counts an interrupted write left wrong right.
 */
export class NotesFiles {
  /** What the reader has done with each review: counts kept from these files, reading position, read or not. */
  readonly states: ReviewStates;
  readonly #context: ArchiveContext;
  readonly #options: NotesFilesOptions;

  constructor(context: ArchiveContext, options: NotesFilesOptions) {
    this.#context = context;
    this.#options = options;
    this.states = new ReviewStates(context, this);
  }

  /** The notes on one review, oldest first; a damaged notes file is replaced by its previous version. */
  async read(reviewId: string): Promise<Note[]> {
    const file = notesFile(this.#context.dir, reviewId);
    const read = await readChecked(file, NotesFileSchema);
    if (read.ok) return read.value.notes;
    if (read.missing) return [];
    if (this.#context.readOnlyReason()) {
      throw new OffprintError('damaged', `The file ${this.#name(reviewId)} is damaged (${read.problem}).`);
    }
    return this.#context.writes.queue(file, () => this.#readInQueue(reviewId));
  }

  /** The notes on one review as the reader opens them: as `read`, and its counts are checked against them. */
  async open(reviewId: string): Promise<Note[]> {
    const notes = await this.read(reviewId);
    if (!this.#context.readOnlyReason()) this.#recordCounts(reviewId, notes);
    return notes;
  }

  /** Changes the notes of one review and records their counts; calls for the same review run one after another. */
  async update<T>(reviewId: string, change: (notes: Note[]) => { notes: Note[]; result: T }): Promise<T> {
    requireWritable(this.#context);
    const file = notesFile(this.#context.dir, reviewId);
    const changed = await this.#context.writes.queue(file, async () => {
      const next = change(await this.#readInQueue(reviewId));
      await writeJson(this.#context, file, { notes: next.notes }, true);
      return next;
    });
    this.#recordCounts(reviewId, changed.notes);
    return changed.result;
  }

  /** The notes of a review, recovering a damaged file; runs only inside the file's write queue. */
  async #readInQueue(reviewId: string): Promise<Note[]> {
    const read = await readChecked(notesFile(this.#context.dir, reviewId), NotesFileSchema);
    if (read.ok) return read.value.notes;
    if (read.missing) return [];
    return this.#recover(reviewId, read.problem);
  }

  async #recover(reviewId: string, problem: string): Promise<Note[]> {
    const file = notesFile(this.#context.dir, reviewId);
    const title = this.#options.titleOf(reviewId);
    const previous = await readChecked(previousVersionOf(file), NotesFileSchema);
    const aside = await moveAside(file);
    const notes = previous.ok ? previous.value.notes : [];
    if (previous.ok) await writeJson(this.#context, file, { notes }, true);
    this.#context.notify(
      previous.ok
        ? `Your notes on "${title}" were damaged (${problem}); the version saved before the last change was recovered. The damaged file was kept as ${notesFolderName}/${aside}.`
        : `Your notes on "${title}" were damaged (${problem}) and no earlier version exists; the damaged file was kept as ${notesFolderName}/${aside}.`,
    );
    return notes;
  }

  /**
   * Records a review's note counts in the background: they are a summary the notes files can always give again,
   * so no save or read waits for them or fails with them.
   */
  #recordCounts(reviewId: string, notes: readonly Note[]): void {
    this.states.noteCounts(reviewId, notes).then(
      ({ state, shownChanged }) => {
        if (shownChanged) this.#options.onStateChange(state);
      },
      (error: unknown) => {
        this.#options.tell(
          `The note count of a review could not be saved (${messageOf(error)}); it is put right the next time its notes are opened.`,
        );
      },
    );
  }

  #name(reviewId: string): string {
    return `${notesFolderName}/${reviewId}.json`;
  }
}
