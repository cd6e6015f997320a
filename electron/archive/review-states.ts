import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { messageOf } from '../common/messages.ts';
import { Sequencer } from '../common/sequencer.ts';
import type { Note } from '../model/note.ts';
import { type ReviewState, ReviewStateSchema } from '../model/review-state.ts';
import { type ArchiveContext, requireWritable } from './archive-context.ts';
import {
  notesFolder,
  reviewStatesFolder,
  reviewStatesFolderName,
  reviewStatesShardFile,
  tempFolder,
} from './archive-layout.ts';
import { describeDamage, moveAside, parseJsonOrUndefined } from './damaged-file.ts';
import { syncFolder, writeFileDurably } from './durable-file.ts';

type Shards = Map<string, Map<string, StoredState>>;

/** How long after the last change the changed shards are written. */
const flushDelayMs = 1000;

const StoredStateSchema = ReviewStateSchema.omit({ id: true });

/** `review-states/<shard>.json`: per review, its note and highlight counts, how far it was read and when it was finished. */
export const ReviewStatesFileSchema = z.object({ reviews: z.record(z.string(), StoredStateSchema) });

type StoredState = z.infer<typeof StoredStateSchema>;

/** A review's state after a change, and whether what the library shows of it (counts, read or not) changed. */
export interface StateChange {
  state: ReviewState;
  shownChanged: boolean;
}

/** Where the counts come from when the states must be rebuilt: the notes files. */
export interface NotesSource {
  read(reviewId: string): Promise<Note[]>;
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
 * What the reader has done with each review, kept in small shard files so the library shows counts and unread
 * marks without reading every notes file. The notes files stay the truth: missing or damaged states are rebuilt
 * from them, and a review's counts are checked whenever its notes are read.
 */
export class ReviewStates {
  readonly #context: ArchiveContext;
  readonly #notes: NotesSource;
  #shards: Shards | null = null;
  #loading: Promise<Shards> | null = null;
  readonly #turns = new Sequencer();
  /** Shards changed in memory and not yet on disk; written together a moment after the last change. */
  readonly #dirty = new Set<string>();
  #flushTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(context: ArchiveContext, notes: NotesSource) {
    this.#context = context;
    this.#notes = notes;
  }

  /** Every review with something to show, for the ids in `known` (reviews in the trash are left out). */
  async list(known: (id: string) => boolean): Promise<ReviewState[]> {
    await this.#turns.idle();
    const listed: ReviewState[] = [];
    for (const states of (await this.#load()).values()) {
      for (const [id, state] of states) if (known(id)) listed.push({ id, ...state });
    }
    return listed;
  }

  /** The state of one review (zero counts and unread when nothing was recorded). */
  async get(id: string): Promise<ReviewState> {
    await this.#turns.idle();
    const states = (await this.#load()).get(shardOf(id));
    return { id, ...(states?.get(id) ?? { notes: 0, highlights: 0 }) };
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

  /** Writes every change still held in memory, and waits for it (closing the archive calls this). */
  async settle(): Promise<void> {
    await this.#turns.queue(() => this.#flush());
  }

  /** Runs `update` on a review's state in turn with other changes, and saves its shard when it returns a new state. */
  #change(id: string, update: (state: StoredState) => StoredState | null): Promise<StateChange> {
    const run = async (): Promise<StateChange> => {
      const shards = await this.#load();
      const shard = shardOf(id);
      const states = shards.get(shard) ?? new Map<string, StoredState>();
      const before = states.get(id) ?? { notes: 0, highlights: 0 };
      const after = update(before);
      if (!after) return { state: { id, ...before }, shownChanged: false };
      requireWritable(this.#context);
      shards.set(shard, new Map(states).set(id, after));
      this.#markDirty(shard);
      const shownChanged =
        before.notes !== after.notes || before.highlights !== after.highlights || before.readAt !== after.readAt;
      return { state: { id, ...after }, shownChanged };
    };
    return this.#turns.queue(run);
  }

  // Saves come in bursts (a note typed, a page scrolled): a shard is written once for the burst, not per change.
  // What a crash can lose is the last second of reading positions; counts come back from the notes files.
  #markDirty(shard: string): void {
    this.#dirty.add(shard);
    if (this.#flushTimer) return;
    this.#flushTimer = setTimeout(() => void this.#turns.queue(() => this.#flush()), flushDelayMs);
    this.#flushTimer.unref?.();
  }

  async #flush(): Promise<void> {
    clearTimeout(this.#flushTimer);
    this.#flushTimer = undefined;
    const shards = this.#shards;
    if (!shards) return;
    for (const shard of [...this.#dirty]) {
      this.#dirty.delete(shard);
      try {
        await this.#writeShard(this.#folder(), shard, shards.get(shard) ?? new Map());
      } catch (error) {
        this.#dirty.add(shard);
        this.#context.notify(
          `What you have read and the note counts in ${reviewStatesFolderName}/${shard}.json could not be saved (${messageOf(error)}); Offprint tries again with the next change.`,
        );
        return;
      }
    }
  }

  #folder(): string {
    return reviewStatesFolder(this.#context.dir);
  }

  #load(): Promise<Shards> {
    if (this.#shards) return Promise.resolve(this.#shards);
    this.#loading ??= this.#read().then((shards) => {
      this.#shards = shards;
      return shards;
    });
    return this.#loading;
  }

  async #read(): Promise<Shards> {
    const names = await readdir(this.#folder()).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (names === null) return this.#rebuildAll();
    const shards: Shards = new Map();
    for (const name of names) {
      const shard = /^([0-9a-f]{2})\.json$/.exec(name)?.[1];
      if (shard) shards.set(shard, await this.#readShard(shard));
    }
    return shards;
  }

  /** One shard's states; a damaged shard is moved aside and its counts are rebuilt from the notes files. */
  async #readShard(shard: string): Promise<Map<string, StoredState>> {
    const file = reviewStatesShardFile(this.#context.dir, shard);
    const text = await readFile(file, 'utf8');
    const raw = parseJsonOrUndefined(text);
    const parsed = ReviewStatesFileSchema.safeParse(raw);
    if (parsed.success) return new Map(Object.entries(parsed.data.reviews));
    const problem = describeDamage(text, raw === undefined ? undefined : 'it does not have the expected shape');
    const states = (await this.#countFromNotes((id) => shardOf(id) === shard)).get(shard) ?? new Map();
    if (this.#context.readOnlyReason()) return states;
    const aside = await moveAside(file);
    await this.#writeShard(this.#folder(), shard, states);
    this.#context.notify(
      `Part of the record of what you have read (${reviewStatesFolderName}/${shard}.json) could not be used (${problem}); its note counts were rebuilt from your notes, reading positions in it start again, and the damaged file was kept as ${aside}.`,
    );
    return states;
  }

  /**
   * Counts every review's notes from the notes files, for an archive from before the states were kept; the
   * shards are written in a folder of their own that is renamed into place, so a crash leaves all or nothing.
   */
  async #rebuildAll(): Promise<Shards> {
    const shards = await this.#countFromNotes(() => true);
    if (this.#context.readOnlyReason()) return shards;
    const building = path.join(tempFolder(this.#context.dir), `${reviewStatesFolderName}-${process.pid}`);
    await rm(building, { recursive: true, force: true });
    try {
      await mkdir(building, { recursive: true });
      for (const [shard, states] of shards) await this.#writeShard(building, shard, states);
      await syncFolder(building);
      await rename(building, this.#folder());
    } catch (error) {
      // Nothing half-built is left behind; the states are rebuilt again on the next open.
      await rm(building, { recursive: true, force: true }).catch(() => undefined);
      throw error;
    }
    await syncFolder(this.#context.dir);
    return shards;
  }

  async #countFromNotes(wanted: (id: string) => boolean): Promise<Shards> {
    const names = await readdir(notesFolder(this.#context.dir)).catch(() => [] as string[]);
    const shards: Shards = new Map();
    for (const name of names) {
      const id = /^([A-Za-z0-9_-]{1,64})\.json$/.exec(name)?.[1];
      if (!id || !wanted(id)) continue;
      const counts = countNotes(await this.#notes.read(id).catch(() => []));
      if (counts.notes === 0 && counts.highlights === 0) continue;
      const shard = shardOf(id);
      shards.set(shard, (shards.get(shard) ?? new Map<string, StoredState>()).set(id, counts));
    }
    return shards;
  }

  #writeShard(folder: string, shard: string, states: Map<string, StoredState>): Promise<void> {
    const text = JSON.stringify({ reviews: Object.fromEntries(states) });
    return writeFileDurably(path.join(folder, `${shard}.json`), text, { tempDir: tempFolder(this.#context.dir) });
  }
}

/**
 * The shard a review's state is kept in: two hex digits from a hash of its id (FNV-1a), so each save rewrites
 * about 1/256 of the states however large the archive grows.
 */
export function shardOf(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return ((hash >>> 0) & 0xff).toString(16).padStart(2, '0');
}

/** The file, inside the archive at `dir`, that keeps the state of review `id`. */
export function reviewStateFile(dir: string, id: string): string {
  return reviewStatesShardFile(dir, shardOf(id));
}
