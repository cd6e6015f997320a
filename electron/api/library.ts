import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Archive, type OpenOptions } from '../archive/archive.ts';
import { summaryOf } from '../archive/review-summary.ts';
import { Sequencer } from '../common/sequencer.ts';
import { type ImportJob, type ImportListeners, runImportBatch } from '../importers/import-batch.ts';
import { findImportFiles } from '../importers/import-folder.ts';
import { prepareDraft, prepareImport, toReview } from '../importers/import-pipeline.ts';
import { fetchedSource, fetchRemoteImage, readFoundFile, uploadedSource } from '../importers/import-source.ts';
import { sortUploads } from '../importers/import-uploads.ts';
import { importMarkdown } from '../importers/markdown-import.ts';
import type { AnnotationImport } from '../model/export-file.ts';
import type { ImportSummary } from '../model/import-summary.ts';
import { OffprintError } from '../model/offprint-error.ts';
import { SearchService } from '../search/worker/search-service.ts';
import { createAnnotationsApi } from './annotations-api.ts';
import { CitationIndex } from './citation-index.ts';
import type { OffprintApi } from './contract.ts';
import { EventHub } from './event-hub.ts';
import { createExportApi } from './export-api.ts';
import { createNotesApi } from './notes-api.ts';

/** The sample review a new archive starts with. */
export const sampleReviewPath = new URL('../../assets/sample-review.md', import.meta.url);

/** An open archive with the API every host serves on it. */
export interface Library {
  api: OffprintApi;
  archive: Archive;
  events: EventHub;
  /** The full-text search; it starts its worker on first use (a search or a status request). */
  search: SearchService;
  /** Stops the search (writing its index) and closes the archive. */
  close(): Promise<void>;
}

/** Opens the archive at `dir` (see OpenOptions) and adds the sample review when the archive is new. */
export async function openLibrary(dir: string, options: OpenOptions & { addSample?: boolean } = {}): Promise<Library> {
  const archive = await Archive.open(dir, options);
  const events = new EventHub();
  archive.onNotice((notice) => events.emit({ type: 'archive-notice', payload: { notice } }));
  const search = new SearchService(archive, events);
  const api = createApi(archive, events, search);
  const wantsSample = (options.addSample ?? true) && !archive.readOnlyReason;
  if (wantsSample && !archive.sampleAdded && archive.listReviews().length === 0) {
    const draft = importMarkdown(await readFile(sampleReviewPath, 'utf8'), 'sample-review.md');
    await archive.addReview(toReview(prepareDraft(draft, { kind: 'sample' }), randomUUID()));
    await archive.markSampleAdded();
  }
  const close = async () => {
    try {
      await search.close();
    } finally {
      await archive.close();
    }
  };
  return { api, archive, events, search, close };
}

/** Implements the contract on an archive, announcing changes through `events`; `search` answers the searches. */
export function createApi(archive: Archive, events: EventHub, search: SearchService): OffprintApi {
  const listeners: ImportListeners = {
    onProgress: (progress) => events.emit({ type: 'import-progress', payload: progress }),
    onAdded: (review) => events.emit({ type: 'review-added', payload: { review } }),
  };
  const citations = new CitationIndex(archive, events);
  const annotations = createAnnotationsApi(archive, events);
  const fetchRemote = () => (archive.settings.fetchRemoteImages ? { fetchRemote: fetchRemoteImage } : {});
  // Imports run one after another, so each run's duplicates and progress are its own.
  const imports = new Sequencer();

  return {
    async listReviews() {
      return { reviews: archive.listReviews() };
    },

    async getReview({ id }) {
      return archive.getReview(id);
    },

    ...createNotesApi(archive, events),
    ...createExportApi(archive),
    ...annotations,

    async importMarkdown({ content, fileName }) {
      const draft = importMarkdown(content, fileName);
      const prepared = prepareDraft(draft, fileName ? { kind: 'markdown', fileName } : { kind: 'markdown' });
      const review = toReview(prepared, randomUUID());
      await archive.addReview(review);
      const summary = summaryOf(review);
      events.emit({ type: 'review-added', payload: { review: summary } });
      return summary;
    },

    importFiles: ({ paths }) =>
      imports.queue(async () => {
        requireWritable(archive);
        const found = await findImportFiles(paths);
        const options = fetchRemote();
        const jobs: ImportJob[] = found.files.map((file) => ({
          name: file.name,
          prepare: async () => prepareImport(await readFoundFile(file), options),
        }));
        const notice = found.skipped.notice();
        return mergeSummary(await runImportBatch(archive, jobs, listeners), found.failed, notice ? [notice] : []);
      }),

    importUpload: ({ files }) =>
      imports.queue(async () => {
        requireWritable(archive);
        const sorted = sortUploads(files);
        const options = fetchRemote();
        const jobs: ImportJob[] = sorted.uploads.map(({ name, file }) => ({
          name,
          prepare: async () => prepareImport(uploadedSource(file), options),
        }));
        const summary = mergeSummary(await runImportBatch(archive, jobs, listeners), sorted.failed, sorted.notices);
        for (const { name, file } of sorted.annotations) {
          const text = Buffer.from(file.dataBase64, 'base64').toString('utf8');
          const restored = await annotations.importAnnotations({ text }).catch((error: unknown) => error as Error);
          if (restored instanceof Error) summary.failed.push({ name, reason: restored.message });
          else summary.notices.push(restoredNotice(name, restored));
        }
        return summary;
      }),

    importUrl: ({ url }) =>
      imports.queue(async () => {
        requireWritable(archive);
        const job: ImportJob = {
          name: url,
          prepare: async () => prepareImport(await fetchedSource(url), { fetchRemote: fetchRemoteImage }),
        };
        return runImportBatch(archive, [job], listeners);
      }),

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

    async listOutlets() {
      return { outlets: await citations.listOutlets() };
    },

    async findCiting(query) {
      return citations.findCiting(query);
    },

    async listCitingIds({ outlet }) {
      return { ids: await citations.listCitingIds(outlet) };
    },

    search: ({ query, limit, offset }) => search.search(query, { limit, offset }),

    async getSearchStatus() {
      return search.status();
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

function requireWritable(archive: Archive): void {
  if (archive.readOnlyReason) throw new OffprintError('read-only', archive.readOnlyReason);
}

/** Puts what was refused before importing (missing or unsupported files, skipped ones) ahead of the rest. */
function mergeSummary(summary: ImportSummary, failed: ImportSummary['failed'], notices: string[]): ImportSummary {
  return { ...summary, failed: [...failed, ...summary.failed], notices: [...notices, ...summary.notices] };
}

/** `Restored 3 notes and highlights from notes.jsonld; 1 already there; 1 skipped (…).` for an import summary. */
function restoredNotice(name: string, { restored, unchanged, skipped }: AnnotationImport): string {
  const parts = [`Restored ${restored} ${restored === 1 ? 'note or highlight' : 'notes and highlights'} from ${name}`];
  if (unchanged > 0) parts.push(`${unchanged} already there`);
  if (skipped.length > 0) {
    const reasons = [...new Set(skipped.map((each) => each.reason))].join('; ');
    parts.push(`${skipped.length} skipped (${reasons})`);
  }
  return `${parts.join('; ')}.`;
}
