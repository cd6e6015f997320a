import { createHash, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Archive, type OpenOptions } from '../archive/archive.ts';
import { summaryOf } from '../archive/review-summary.ts';
import { importMarkdown } from '../importers/markdown-import.ts';
import type { ReviewDraft } from '../importers/review-draft.ts';
import type { MethodInput, Note, OffprintApi, Review } from './contract.ts';
import { EventHub } from './event-hub.ts';
import { OffprintError } from './offprint-error.ts';

/** The sample review a new archive starts with. */
export const sampleReviewPath = new URL('../../assets/sample-review.md', import.meta.url);

/** An open archive with the API every host serves on it. */
export interface Library {
  api: OffprintApi;
  archive: Archive;
  events: EventHub;
}

/** Opens the archive at `dir` (see OpenOptions) and adds the sample review when the archive is new. */
export async function openLibrary(dir: string, options: OpenOptions & { addSample?: boolean } = {}): Promise<Library> {
  const archive = await Archive.open(dir, options);
  const events = new EventHub();
  archive.onNotice((notice) => events.emit({ type: 'archive-notice', payload: { notice } }));
  const api = createApi(archive, events);
  const wantsSample = (options.addSample ?? true) && !archive.readOnlyReason;
  if (wantsSample && !archive.sampleAdded && archive.listReviews().length === 0) {
    const draft = importMarkdown(await readFile(sampleReviewPath, 'utf8'), 'sample-review.md');
    await archive.addReview(toReview(draft, { kind: 'sample' }));
    await archive.markSampleAdded();
  }
  return { api, archive, events };
}

/** Implements the contract on an archive, announcing changes through `events`. */
export function createApi(archive: Archive, events: EventHub): OffprintApi {
  return {
    async listReviews() {
      return { reviews: archive.listReviews() };
    },

    async getReview({ id }) {
      return archive.getReview(id);
    },

    async listNotes({ reviewId }) {
      requireReview(archive, reviewId);
      return { notes: await archive.readNotes(reviewId) };
    },

    async saveNote({ reviewId, id, body }: MethodInput<'saveNote'>) {
      requireReview(archive, reviewId);
      const now = new Date().toISOString();
      const note = await archive.updateNotes(reviewId, (notes) => {
        const existing = id ? notes.find((candidate) => candidate.id === id) : undefined;
        if (id && !existing) {
          throw new OffprintError(`There is no note with id "${id}" on this review; it may have been deleted.`);
        }
        const saved: Note = existing
          ? { ...existing, body, updatedAt: now }
          : { id: randomUUID(), reviewId, body, createdAt: now, updatedAt: now };
        return {
          notes: existing ? notes.map((n) => (n.id === saved.id ? saved : n)) : [...notes, saved],
          result: saved,
        };
      });
      events.emit({ type: 'notes-changed', payload: { reviewId } });
      return note;
    },

    async deleteNote({ reviewId, id }) {
      requireReview(archive, reviewId);
      const deleted = await archive.updateNotes(reviewId, (notes) => {
        const kept = notes.filter((note) => note.id !== id);
        return { notes: kept, result: kept.length !== notes.length };
      });
      if (deleted) events.emit({ type: 'notes-changed', payload: { reviewId } });
      return { deleted };
    },

    async importMarkdown({ content, fileName }) {
      const draft = importMarkdown(content, fileName);
      const review = toReview(draft, fileName ? { kind: 'markdown', fileName } : { kind: 'markdown' });
      await archive.addReview(review);
      const summary = summaryOf(review);
      events.emit({ type: 'review-added', payload: { review: summary } });
      return summary;
    },

    async tagReview({ id, tags }) {
      const review = await archive.setTags(id, tags);
      events.emit({ type: 'review-changed', payload: { review } });
      return review;
    },

    async deleteReview({ id }) {
      const review = await archive.moveToTrash(id);
      events.emit({ type: 'review-removed', payload: { id } });
      return review;
    },

    async undeleteReview({ id }) {
      const review = await archive.restoreFromTrash(id);
      events.emit({ type: 'review-added', payload: { review } });
      return review;
    },

    async listTrash() {
      return { reviews: await archive.listTrash() };
    },

    async getArchiveStatus() {
      return { dir: archive.dir, readOnlyReason: archive.readOnlyReason, notices: [...archive.notices] };
    },

    async getSettings() {
      return archive.settings;
    },

    async updateSettings(patch) {
      const settings = await archive.updateSettings(patch);
      events.emit({ type: 'settings-changed', payload: settings });
      return settings;
    },
  };
}

function requireReview(archive: Archive, reviewId: string): void {
  if (!archive.hasReview(reviewId)) {
    throw new OffprintError(`There is no review with id "${reviewId}" in this archive.`);
  }
}

function toReview(draft: ReviewDraft, provenance: Review['provenance']): Review {
  const contentHash = createHash('sha256').update(draft.title).update('\n').update(draft.body).digest('hex');
  return {
    ...draft,
    id: randomUUID(),
    importedAt: new Date().toISOString(),
    referenceCount: draft.references.length,
    contentHash,
    provenance,
  };
}
