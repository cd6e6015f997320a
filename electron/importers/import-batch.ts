import { randomUUID } from 'node:crypto';
import type { Archive } from '../archive/archive.ts';
import { isSameSource, RelatedRows, type ReviewIdentity } from '../archive/related-rows.ts';
import { summaryOf } from '../archive/review-summary.ts';
import { messageOf } from '../common/messages.ts';
import type { ImportSummary } from '../model/import-summary.ts';
import { OffprintError } from '../model/offprint-error.ts';
import type { Review, ReviewSummary } from '../model/review.ts';
import { type PreparedImport, toReview } from './import-pipeline.ts';
import type { ImportedAsset } from './review-draft.ts';

/** One source of a bulk import: how the summary names it, and how it becomes a prepared import. */
export interface ImportJob {
  name: string;
  prepare(): Promise<PreparedImport>;
}

/** What a bulk import tells as it goes. */
export interface ImportListeners {
  onProgress?(progress: { done: number; total: number; current: string }): void;
  onAdded?(review: ReviewSummary): void;
}

const preparing = 8;
const batchSize = 100;
const batchBytes = 64 * 1024 * 1024;
const shownDropped = 20;

/**
 * Imports every job: sources are prepared a few at a time, then judged in order (already in the archive, a new
 * version of a review in it, or new) and stored in batches, each with one index write. A failure is one line of
 * the summary; the rest go on.
 */
export async function runImportBatch(
  archive: Archive,
  jobs: readonly ImportJob[],
  listeners: ImportListeners = {},
): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: [], duplicates: [], failed: [], notices: [] };
  const inRun = new RelatedRows<ReviewIdentity>();
  const identities = new Map<string, ReviewIdentity | null>();
  const names = new Map<string, string>();
  const lost = new Set<string>();
  const dropped: string[] = [];
  let pending: Review[] = [];
  let pendingAssets = new Map<string, readonly ImportedAsset[]>();
  let pendingBytes = 0;
  let versions = 0;
  let done = 0;

  const flush = async () => {
    const reviews = pending;
    const assets = pendingAssets;
    pending = [];
    pendingAssets = new Map();
    pendingBytes = 0;
    if (reviews.length === 0) return;
    const nameOf = (id: string) => names.get(id) ?? id;
    try {
      const { added, failed } = await archive.addReviews(reviews, assets);
      for (const row of added) {
        summary.imported.push(row);
        listeners.onAdded?.(row);
      }
      for (const { id, reason } of failed) {
        lost.add(id);
        summary.failed.push({ name: nameOf(id), reason: reasonOf(reason) });
      }
    } catch (error) {
      for (const { id } of reviews) {
        lost.add(id);
        summary.failed.push({ name: nameOf(id), reason: reasonOf(error) });
      }
    }
  };

  /** A row's hash and source; rows from before the index kept them are read from their files. */
  const identityOf = async (row: ReviewIdentity): Promise<ReviewIdentity | null> => {
    if (row.contentHash !== undefined) return row;
    if (!identities.has(row.id)) identities.set(row.id, await archive.getReview(row.id).catch(() => null));
    return identities.get(row.id) ?? null;
  };

  const judge = async (name: string, prepared: PreparedImport) => {
    const { draft, contentHash } = prepared;
    const probe = { title: draft.title, series: draft.series, issue: draft.issue, sourceUrl: draft.sourceUrl };
    const candidates = [
      ...archive.findRelatedRows({ ...probe, contentHash }),
      ...inRun.find({ ...probe, contentHash }),
    ];
    const known = (await Promise.all(candidates.filter((row) => !lost.has(row.id)).map(identityOf))).filter(
      (row): row is ReviewIdentity => row !== null,
    );
    const same = known.find((row) => row.contentHash === contentHash);
    if (same) {
      summary.duplicates.push({ name, existingId: same.id });
      return;
    }
    const previous = known.findLast((row) => isSameSource(probe, row));
    const review = toReview(prepared, randomUUID(), previous?.id);
    if (previous) versions += 1;
    inRun.add(summaryOf(review));
    names.set(review.id, name);
    dropped.push(...prepared.dropped.map((line) => `${name}: ${line}`));
    pending.push(review);
    pendingAssets.set(review.id, prepared.assets);
    pendingBytes += review.body.length + prepared.assets.reduce((sum, asset) => sum + asset.bytes.length, 0);
    if (pending.length >= batchSize || pendingBytes >= batchBytes) await flush();
  };

  let next = 0;
  let turn = Promise.resolve();
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++] as ImportJob;
      const previousTurn = turn;
      let endTurn = () => {};
      turn = new Promise((resolve) => {
        endTurn = resolve;
      });
      const prepared = await Promise.resolve()
        .then(() => job.prepare())
        .then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        );
      // Sources are judged in the order given, so "newest version" and the progress follow that order.
      await previousTurn;
      try {
        if ('error' in prepared) summary.failed.push({ name: job.name, reason: reasonOf(prepared.error) });
        else await judge(job.name, prepared.value);
      } catch (error) {
        summary.failed.push({ name: job.name, reason: reasonOf(error) });
      } finally {
        done += 1;
        endTurn();
      }
      listeners.onProgress?.({ done, total: jobs.length, current: job.name });
    }
  };
  await Promise.all(Array.from({ length: Math.min(preparing, jobs.length) }, worker));
  await flush();

  if (versions > 0) {
    summary.notices.push(
      `${versions === 1 ? '1 review was' : `${versions.toLocaleString('en-US')} reviews were`} imported as a new version of one already in the archive; notes stay with the version they were written on.`,
    );
  }
  summary.notices.push(...dropped.slice(0, shownDropped));
  if (dropped.length > shownDropped) {
    summary.notices.push(`…and ${(dropped.length - shownDropped).toLocaleString('en-US')} more images were not saved.`);
  }
  return summary;
}

/** The reason part of an import error: `Cannot import "x.md": it is empty.` gives `it is empty.` */
export function reasonOf(error: unknown): string {
  const message = messageOf(error);
  const reason = (message.split('\n', 1)[0] ?? '').replace(/^Cannot import ".*?": /, '');
  if (error instanceof OffprintError || typeof error === 'string') return reason;
  return `it could not be imported (${reason || 'an unexpected error'}).`;
}
