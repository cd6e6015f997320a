import { readFile, rename, rm } from 'node:fs/promises';
import { messageOf, problemOf } from '../common/messages.ts';
import { OffprintError } from '../model/offprint-error.ts';
import { type Reference, type Review, ReviewSchema, type ReviewSummary } from '../model/review.ts';
import { type ArchiveContext, requireWritable, writeJson } from './archive-context.ts';
import type { ArchiveIndex } from './archive-index.ts';
import {
  reviewFile,
  reviewsFolder,
  reviewsFolderName,
  trashFile,
  trashFolder,
  trashFolderName,
} from './archive-layout.ts';
import { removeAssets, type StoredAsset, writeAssets } from './asset-store.ts';
import { moveAside, parseJsonOrUndefined, readChecked } from './damaged-file.ts';
import { syncFolder } from './durable-file.ts';
import { scanReviewFiles } from './index-rebuild.ts';
import { summaryOf } from './review-summary.ts';

/** How many review files of a batch are written at once. */
const batchWriters = 8;

/** What a batch add did: the rows of the reviews that landed, and why each other one did not. */
export interface AddedReviews {
  added: ReviewSummary[];
  failed: Array<{ id: string; reason: string }>;
}

/**
 * `reviews/<id>.json` and `trash/<id>.json`: one whole review per file. A review's file is written before its row
 * in the index and removed after it; a damaged file is moved aside and the review leaves the library.
 */
export class ReviewFiles {
  readonly #context: ArchiveContext;
  readonly #index: ArchiveIndex;

  constructor(context: ArchiveContext, index: ArchiveIndex) {
    this.#context = context;
    this.#index = index;
  }

  /** The whole review with this id; a damaged file is moved aside and the review leaves the list. */
  async get(id: string): Promise<Review> {
    const row = this.#requireRow(id);
    const { dir } = this.#context;
    const file = reviewFile(dir, id);
    const name = `${reviewsFolderName}/${id}.json`;
    const read = await readChecked(file, ReviewSchema);
    if (read.ok) return read.value;
    if (read.missing) {
      throw new OffprintError(
        'damaged',
        `The file ${name} is missing from the archive at ${dir}; run "offprint check --repair".`,
      );
    }
    if (this.#context.readOnlyReason())
      throw new OffprintError('damaged', `The file ${name} is damaged (${read.problem}).`);
    const aside = await moveAside(file);
    await this.#index.change((data) => {
      data.reviews = data.reviews.filter((candidate) => candidate.id !== id);
    });
    const message = `The review "${row.title}" could not be read (${read.problem}); its file was moved aside as ${reviewsFolderName}/${aside} and the review left the library. Import it again to read it.`;
    this.#context.notify(message);
    throw new OffprintError('damaged', message);
  }

  /** Adds a review: its own file first, then its row in the index. */
  async add(review: Review): Promise<void> {
    requireWritable(this.#context);
    const checked = ReviewSchema.parse(review);
    await this.#write(checked);
    await this.#index.change((data) => {
      data.reviews.push(summaryOf(checked));
    });
  }

  /**
   * Adds a batch of reviews: each one's images and file first (a few at a time), then ONE index write for all
   * that landed. A review whose files cannot be written is left out with nothing of it on disk; when the index
   * cannot be written, no review of the batch stays.
   */
  async addBatch(
    reviews: readonly Review[],
    assetsById: ReadonlyMap<string, readonly StoredAsset[]>,
  ): Promise<AddedReviews> {
    requireWritable(this.#context);
    const landed: Review[] = [];
    const failed: AddedReviews['failed'] = [];
    let next = 0;
    const worker = async () => {
      while (next < reviews.length) {
        const review = reviews[next++] as Review;
        try {
          await this.#writeWithAssets(review, assetsById.get(review.id) ?? []);
          landed.push(review);
        } catch (error) {
          failed.push({ id: review.id, reason: messageOf(error) });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(batchWriters, reviews.length) }, worker));
    const order = new Map(reviews.map((review, position) => [review.id, position]));
    landed.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    const rows = landed.map(summaryOf);
    if (rows.length === 0) return { added: [], failed };
    try {
      await this.#index.append(rows);
    } catch (error) {
      await Promise.all(landed.map((review) => this.#remove(review.id)));
      throw error;
    }
    return { added: rows, failed };
  }

  /** Replaces a review's tags, in its file and its row. */
  async setTags(id: string, tags: string[]): Promise<ReviewSummary> {
    requireWritable(this.#context);
    const updated = { ...(await this.get(id)), tags: [...new Set(tags)] };
    await this.#write(updated);
    const row = summaryOf(updated);
    await this.#index.change((data) => {
      data.reviews = data.reviews.map((candidate) => (candidate.id === id ? row : candidate));
    });
    return row;
  }

  /** Moves a review to `trash/` (its notes stay); `restoreFromTrash` brings it back. */
  async moveToTrash(id: string): Promise<ReviewSummary> {
    requireWritable(this.#context);
    const row = this.#requireRow(id);
    const { dir, writes } = this.#context;
    await writes.queue(reviewFile(dir, id), async () => {
      await rename(reviewFile(dir, id), trashFile(dir, id));
      await syncFolder(trashFolder(dir));
      await syncFolder(reviewsFolder(dir));
    });
    await this.#index.change((data) => {
      data.reviews = data.reviews.filter((candidate) => candidate.id !== id);
    });
    return row;
  }

  /** Brings a review back from `trash/`. */
  async restoreFromTrash(id: string): Promise<ReviewSummary> {
    requireWritable(this.#context);
    if (this.#index.find(id)) throw new OffprintError('conflict', `The review "${id}" is already in the library.`);
    const { dir } = this.#context;
    const read = await readChecked(trashFile(dir, id), ReviewSchema);
    if (!read.ok) {
      throw new OffprintError(
        'not-found',
        read.missing
          ? `There is no review with id "${id}" in the trash.`
          : `${trashFolderName}/${id}.json is damaged (${read.problem}).`,
      );
    }
    await rename(trashFile(dir, id), reviewFile(dir, id));
    await syncFolder(reviewsFolder(dir));
    await syncFolder(trashFolder(dir));
    const row = summaryOf(read.value);
    await this.#index.change((data) => {
      data.reviews.push(row);
    });
    return row;
  }

  /** The reviews in the trash. */
  async listTrash(): Promise<ReviewSummary[]> {
    return (await scanReviewFiles(trashFolder(this.#context.dir))).rows;
  }

  /**
   * Only the title and outlet of each of a review's references, read without the full check: for indexes
   * built over the whole archive. Null when the file is missing or damaged (opening the review deals with that).
   */
  async readReferences(id: string): Promise<Pick<Reference, 'container' | 'title'>[] | null> {
    const text = await readFile(reviewFile(this.#context.dir, id), 'utf8').catch(() => null);
    const raw = text === null ? undefined : parseJsonOrUndefined(text);
    const references = (raw as { references?: unknown } | undefined)?.references;
    if (!Array.isArray(references)) return null;
    return references.map((entry: { container?: unknown; title?: unknown } | null) => ({
      container: typeof entry?.container === 'string' ? entry.container : undefined,
      title: typeof entry?.title === 'string' ? entry.title : undefined,
    }));
  }

  #requireRow(id: string): ReviewSummary {
    const row = this.#index.find(id);
    if (!row) throw new OffprintError('not-found', `There is no review with id "${id}" in this archive.`);
    return row;
  }

  #write(review: Review): Promise<void> {
    const file = reviewFile(this.#context.dir, review.id);
    return this.#context.writes.queue(file, () => writeJson(this.#context, file, review));
  }

  async #writeWithAssets(review: Review, assets: readonly StoredAsset[]): Promise<void> {
    const parsed = ReviewSchema.safeParse(review);
    if (!parsed.success) {
      throw new OffprintError('invalid-input', `it does not make a valid review (${problemOf(parsed.error)}).`);
    }
    try {
      await writeAssets(this.#context.dir, review.id, assets);
      await this.#write(parsed.data);
    } catch (error) {
      await this.#remove(review.id);
      throw error;
    }
  }

  /** Takes back what a failed add wrote; best effort, so the reason it failed is what gets reported. */
  async #remove(id: string): Promise<void> {
    await rm(reviewFile(this.#context.dir, id), { force: true }).catch(() => undefined);
    await removeAssets(this.#context.dir, id).catch(() => undefined);
  }
}
