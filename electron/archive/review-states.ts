import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { type Note, type ReviewState, ReviewStateSchema } from '../api/contract.ts';
import { OffprintError } from '../api/offprint-error.ts';
import { describeDamage, moveAside } from './damaged-file.ts';
import { tempFolderName, writeFileDurably } from './durable-file.ts';
import { parseJsonOrUndefined } from './safe-json.ts';

/** The name of the file, in the archive folder, that keeps what the reader has done with each review. */
export const reviewStatesFileName = 'review-states.json';

const StoredStateSchema = ReviewStateSchema.omit({ id: true });

/** `review-states.json`: per review, its note and highlight counts, how far it was read and when it was finished. */
export const ReviewStatesFileSchema = z.object({ reviews: z.record(z.string(), StoredStateSchema) });

type StoredState = z.infer<typeof StoredStateSchema>;

/** A review's state after a change, and whether what the library shows of it (counts, read or not) changed. */
export interface StateChange {
  state: ReviewState;
  shownChanged: boolean;
}

/** What opening the states needs: where the archive is, whether it may be written, and how to read notes. */
export interface ReviewStatesOptions {
  dir: string;
  readOnlyReason: () => string | null;
  readNotes: (reviewId: string) => Promise<Note[]>;
  notify: (notice: string) => void;
}

/** The note and highlight counts of a list of notes (a note counts once it has text). */
export function countNotes(notes: readonly Note[]): { notes: number; highlights: number } {
  let noteCount = 0;
  let highlights = 0;
  for (const note of notes) {
    if (note.kind === 'highlight') highlights++;
    else if (note.body.trim() !== '') noteCount++;
  }
  return { notes: noteCount, highlights };
}

/**
 * What the reader has done with each review, kept in one small file so the library shows counts and unread
 * marks without reading every notes file. The notes files stay the truth: a missing or damaged states file is
 * rebuilt from them, and a review's counts are checked whenever its notes are read.
 */
export class ReviewStates {
  readonly #options: ReviewStatesOptions;
  #states: Map<string, StoredState> | null = null;
  #loading: Promise<Map<string, StoredState>> | null = null;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: ReviewStatesOptions) {
    this.#options = options;
  }

  /** Every review with something to show, for the ids in `known` (reviews in the trash are left out). */
  async list(known: (id: string) => boolean): Promise<ReviewState[]> {
    const states = await this.#load();
    return [...states].filter(([id]) => known(id)).map(([id, state]) => ({ id, ...state }));
  }

  /** The state of one review (zero counts and unread when nothing was recorded). */
  async get(id: string): Promise<ReviewState> {
    const states = await this.#load();
    return { id, ...(states.get(id) ?? { notes: 0, highlights: 0 }) };
  }

  /** Records the counts of a review's notes after they changed or were read; writes only when they differ. */
  async noteCounts(id: string, notes: readonly Note[]): Promise<StateChange> {
    const counts = countNotes(notes);
    return this.#change(id, (state) =>
      state.notes === counts.notes && state.highlights === counts.highlights ? null : { ...state, ...counts },
    );
  }

  /** Records how far down a review was read; `finished` marks it read (the first time only). */
  async savePosition(id: string, position: number, finished = false, now = new Date()): Promise<StateChange> {
    return this.#change(id, (state) => {
      const next: StoredState = { ...state, position };
      if (finished && !state.readAt) next.readAt = now.toISOString();
      return next;
    });
  }

  /** Marks a review read (now) or unread. */
  async setRead(id: string, read: boolean, now = new Date()): Promise<StateChange> {
    return this.#change(id, (state) => {
      if (read === (state.readAt !== undefined)) return null;
      const { readAt: _dropped, ...rest } = state;
      return read ? { ...rest, readAt: now.toISOString() } : rest;
    });
  }

  /** Waits for every write under way. */
  async settle(): Promise<void> {
    await this.#queue;
  }

  /** Runs `update` on a review's state in turn with other changes, and saves when it returns a new state. */
  #change(id: string, update: (state: StoredState) => StoredState | null): Promise<StateChange> {
    const run = async (): Promise<StateChange> => {
      const states = await this.#load();
      const before = states.get(id) ?? { notes: 0, highlights: 0 };
      const after = update(before);
      if (!after) return { state: { id, ...before }, shownChanged: false };
      const readOnlyReason = this.#options.readOnlyReason();
      if (readOnlyReason) throw new OffprintError(readOnlyReason);
      states.set(id, after);
      try {
        await this.#write(states);
      } catch (error) {
        states.set(id, before);
        throw error;
      }
      const shownChanged =
        before.notes !== after.notes || before.highlights !== after.highlights || before.readAt !== after.readAt;
      return { state: { id, ...after }, shownChanged };
    };
    const next = this.#queue.then(run, run);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  #load(): Promise<Map<string, StoredState>> {
    if (this.#states) return Promise.resolve(this.#states);
    this.#loading ??= this.#read().then((states) => {
      this.#states = states;
      return states;
    });
    return this.#loading;
  }

  async #read(): Promise<Map<string, StoredState>> {
    const file = path.join(this.#options.dir, reviewStatesFileName);
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    let problem: string | undefined;
    if (text !== null) {
      const raw = parseJsonOrUndefined(text);
      const parsed = ReviewStatesFileSchema.safeParse(raw);
      if (parsed.success) return new Map(Object.entries(parsed.data.reviews));
      problem = describeDamage(text, raw === undefined ? undefined : 'it does not have the expected shape');
    }
    const states = await this.#countFromNotes();
    if (this.#options.readOnlyReason()) return states;
    if (text !== null) {
      const aside = await moveAside(file);
      this.#options.notify(
        `The list of what you have read could not be used (${problem}); the note counts were rebuilt from your notes, and the damaged file was kept as ${aside}.`,
      );
    }
    await this.#write(states);
    return states;
  }

  /** Counts every review's notes from the notes files (an archive from before this file existed, or a damaged one). */
  async #countFromNotes(): Promise<Map<string, StoredState>> {
    const notesDir = path.join(this.#options.dir, 'notes');
    const names = await readdir(notesDir).catch(() => [] as string[]);
    const states = new Map<string, StoredState>();
    for (const name of names) {
      const match = /^([A-Za-z0-9_-]{1,64})\.json$/.exec(name);
      if (!match?.[1]) continue;
      const id = match[1];
      const counts = countNotes(await this.#options.readNotes(id).catch(() => []));
      if (counts.notes > 0 || counts.highlights > 0) states.set(id, counts);
    }
    return states;
  }

  #write(states: Map<string, StoredState>): Promise<void> {
    const text = JSON.stringify({ reviews: Object.fromEntries(states) });
    return writeFileDurably(path.join(this.#options.dir, reviewStatesFileName), text, {
      tempDir: path.join(this.#options.dir, tempFolderName),
    });
  }
}
