import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { z } from 'zod';
import {
  type Note,
  NoteSchema,
  type Review,
  ReviewSchema,
  type ReviewSummary,
  ReviewSummarySchema,
  type Settings,
  SettingsSchema,
} from '../api/contract.ts';
import { OffprintError } from '../api/offprint-error.ts';

/** The schema version this code writes into `offprint.json`. */
export const schemaVersion = 1;

const IndexSchema = z.object({
  schemaVersion: z.literal(schemaVersion),
  reviews: z.array(ReviewSummarySchema),
  settings: SettingsSchema,
  sampleAdded: z.boolean(),
});
const NotesFileSchema = z.object({ notes: z.array(NoteSchema) });

type IndexData = z.infer<typeof IndexSchema>;
type NotesFile = z.infer<typeof NotesFileSchema>;

/** The archive folder: `offprint.json` (index and settings), `reviews/<id>.json`, `notes/<id>.json`. */
export class Archive {
  readonly dir: string;
  readonly #index: Low<IndexData>;
  readonly #files = new Map<string, JSONFile<unknown>>();
  readonly #queues = new Map<string, Promise<unknown>>();

  private constructor(dir: string, index: Low<IndexData>) {
    this.dir = dir;
    this.#index = index;
  }

  /** Opens the archive at `dir`, creating the folder and an empty index when there is none. */
  static async open(dir: string): Promise<Archive> {
    await mkdir(path.join(dir, 'reviews'), { recursive: true });
    await mkdir(path.join(dir, 'notes'), { recursive: true });
    const fresh: IndexData = {
      schemaVersion,
      reviews: [],
      settings: SettingsSchema.parse({}),
      sampleAdded: false,
    };
    const index = new Low<IndexData>(new JSONFile(path.join(dir, 'offprint.json')), fresh);
    const archive = new Archive(dir, index);
    const stored = await archive.#readJson('offprint.json');
    if (stored === null) {
      await index.write();
    } else {
      index.data = archive.#check('offprint.json', IndexSchema, stored);
    }
    return archive;
  }

  /** Every review's summary row, newest import first. */
  listReviews(): ReviewSummary[] {
    return [...this.#index.data.reviews].reverse();
  }

  /** Whether a review with this id is in the archive. */
  hasReview(id: string): boolean {
    return this.#index.data.reviews.some((row) => row.id === id);
  }

  /** The whole review with this id. */
  async getReview(id: string): Promise<Review> {
    if (!this.hasReview(id)) {
      throw new OffprintError(`There is no review with id "${id}" in this archive.`);
    }
    const name = reviewFile(id);
    const stored = await this.#readJson(name);
    if (stored === null) {
      throw new OffprintError(`The file ${name} is missing from the archive at ${this.dir}.`);
    }
    return this.#check(name, ReviewSchema, stored);
  }

  /** Adds a review: its own file first, then its row in the index. */
  async addReview(review: Review): Promise<void> {
    const checked = ReviewSchema.parse(review);
    await this.#file(reviewFile(checked.id)).write(checked);
    await this.#updateIndex((data) => {
      data.reviews.push(ReviewSummarySchema.parse(checked));
    });
  }

  /** The notes on one review, oldest first. */
  async readNotes(reviewId: string): Promise<Note[]> {
    const name = notesFile(reviewId);
    const stored = await this.#readJson(name);
    return stored === null ? [] : this.#check(name, NotesFileSchema, stored).notes;
  }

  /** Changes the notes of one review; calls for the same review run one after another. */
  updateNotes<T>(reviewId: string, change: (notes: Note[]) => { notes: Note[]; result: T }): Promise<T> {
    const name = notesFile(reviewId);
    return this.#serialize(name, async () => {
      const { notes, result } = change(await this.readNotes(reviewId));
      const data: NotesFile = { notes };
      await this.#file(name).write(data);
      return result;
    });
  }

  /** The reader's settings. */
  get settings(): Settings {
    return this.#index.data.settings;
  }

  /** Whether the sample review was ever added (so it is not added again after the reader removes it). */
  get sampleAdded(): boolean {
    return this.#index.data.sampleAdded;
  }

  /** Merges a change into the settings and saves them. */
  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    await this.#updateIndex((data) => {
      data.settings = SettingsSchema.parse({ ...data.settings, ...patch });
    });
    return this.settings;
  }

  /** Records that the sample review has been added. */
  async markSampleAdded(): Promise<void> {
    await this.#updateIndex((data) => {
      data.sampleAdded = true;
    });
  }

  #updateIndex(change: (data: IndexData) => void): Promise<void> {
    return this.#serialize('offprint.json', async () => {
      change(this.#index.data);
      await this.#index.write();
    });
  }

  #serialize<T>(key: string, run: () => Promise<T>): Promise<T> {
    const previous = this.#queues.get(key) ?? Promise.resolve();
    const next = previous.then(run, run);
    this.#queues.set(
      key,
      next.catch(() => undefined),
    );
    return next;
  }

  #file(name: string): JSONFile<unknown> {
    let file = this.#files.get(name);
    if (!file) {
      file = new JSONFile(path.join(this.dir, name));
      this.#files.set(name, file);
    }
    return file;
  }

  async #readJson(name: string): Promise<unknown> {
    try {
      return await this.#file(name).read();
    } catch (error) {
      throw this.#damaged(name, error instanceof SyntaxError ? 'it is not valid JSON' : String(error));
    }
  }

  #check<T>(name: string, schema: z.ZodType<T>, value: unknown): T {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw this.#damaged(name, `${where}${issue?.message ?? 'unexpected content'}`);
  }

  #damaged(name: string, reason: string): OffprintError {
    return new OffprintError(
      `The file ${name} in the archive at ${this.dir} is damaged (${reason}). It was left untouched; restore it from a copy.`,
    );
  }
}

function reviewFile(id: string): string {
  return path.join('reviews', `${id}.json`);
}

function notesFile(reviewId: string): string {
  return path.join('notes', `${reviewId}.json`);
}
