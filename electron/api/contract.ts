/**
 * The one contract between the UI and every host (Electron IPC, the browser host, the CLI).
 * Each method's input and output is a schema; the types below are derived from them.
 */
import { z } from 'zod';
import { ArchiveStatusSchema } from '../model/archive-status.ts';
import {
  AnnotationImportSchema,
  CitationStyleSchema,
  ExportFileSchema,
  ExportFormatSchema,
} from '../model/export-file.ts';
import { IdSchema } from '../model/id.ts';
import { ImportSummarySchema, UploadedFileSchema } from '../model/import-summary.ts';
import { HighlightColorSchema, HighlightSelectorSchema, NoteEntrySchema, NoteSchema } from '../model/note.ts';
import type { ErrorKind } from '../model/offprint-error.ts';
import { ReviewSchema, ReviewSummarySchema } from '../model/review.ts';
import { ReviewStateSchema } from '../model/review-state.ts';
import { SearchHitSchema, SearchStatusSchema } from '../model/search-hit.ts';
import { SettingsPatchSchema, SettingsSchema } from '../model/settings.ts';

/** The commands a window carries out when they are chosen in the Electron host's application or context menu. */
export const MenuCommandSchema = z.enum([
  'import-files',
  'import-folder',
  'import-url',
  'next-review',
  'previous-review',
  'previous-issue',
  'next-issue',
  'focus-search',
  'focus-note',
  'highlight-selection',
  'show-outlets',
  'show-all-notes',
  'show-shortcuts',
  'copy-citation',
  'toggle-library',
  'toggle-side-panel',
]);

const empty = z.object({}).strict();
const maxNoteLength = 1_000_000;
const maxImportLength = 10_000_000;

/** Every method: its input and output schema. Adding one here and in library.ts is all it takes. */
export const methods = {
  listReviews: {
    input: empty,
    output: z.object({ reviews: z.array(ReviewSummarySchema) }),
  },
  getReview: {
    input: z.object({ id: IdSchema }).strict(),
    output: ReviewSchema,
  },
  listNotes: {
    input: z.object({ reviewId: IdSchema }).strict(),
    output: z.object({ notes: z.array(NoteSchema) }),
  },
  saveNote: {
    input: z.object({ reviewId: IdSchema, id: IdSchema.optional(), body: z.string().max(maxNoteLength) }).strict(),
    output: NoteSchema,
  },
  convertPastedHtml: {
    input: z.object({ html: z.string().max(maxNoteLength) }).strict(),
    output: z.object({ markdown: z.string() }),
  },
  saveHighlight: {
    input: z
      .object({
        reviewId: IdSchema,
        id: IdSchema.optional(),
        selector: HighlightSelectorSchema,
        color: HighlightColorSchema,
        body: z.string().max(maxNoteLength),
        tags: z.array(z.string().trim().min(1).max(100)).max(200),
      })
      .strict(),
    output: NoteSchema,
  },
  deleteNote: {
    input: z.object({ reviewId: IdSchema, id: IdSchema }).strict(),
    output: z.object({ deleted: z.boolean() }),
  },
  exportReviews: {
    input: z
      .object({
        ids: z.array(IdSchema).min(1).max(200_000),
        format: ExportFormatSchema,
        style: CitationStyleSchema.optional(),
        /** A CSL style of the reader's own (its XML), for a bibliography in a style Offprint does not ship. */
        styleXml: z.string().max(2_000_000).optional(),
      })
      .strict(),
    output: z.object({ files: z.array(ExportFileSchema) }),
  },
  importAnnotations: {
    input: z.object({ text: z.string().max(maxImportLength * 5) }).strict(),
    output: AnnotationImportSchema,
  },
  importMarkdown: {
    input: z.object({ content: z.string().max(maxImportLength), fileName: z.string().max(500).optional() }).strict(),
    output: ReviewSummarySchema,
  },
  importFiles: {
    input: z.object({ paths: z.array(z.string().min(1)).min(1).max(100_000) }).strict(),
    output: ImportSummarySchema,
  },
  importUpload: {
    input: z.object({ files: z.array(UploadedFileSchema).min(1).max(5_000) }).strict(),
    output: ImportSummarySchema,
  },
  importUrl: {
    input: z.object({ url: z.string().min(1).max(8_000) }).strict(),
    output: ImportSummarySchema,
  },
  tagReview: {
    input: z.object({ id: IdSchema, tags: z.array(z.string().trim().min(1).max(100)).max(200) }).strict(),
    output: ReviewSummarySchema,
  },
  deleteReview: {
    input: z.object({ id: IdSchema }).strict(),
    output: ReviewSummarySchema,
  },
  undeleteReview: {
    input: z.object({ id: IdSchema }).strict(),
    output: ReviewSummarySchema,
  },
  listTrash: {
    input: empty,
    output: z.object({ reviews: z.array(ReviewSummarySchema) }),
  },
  listOutlets: {
    input: empty,
    output: z.object({
      outlets: z.array(
        z.object({
          name: z.string(),
          count: z.number().int().nonnegative(),
          reviewCount: z.number().int().nonnegative(),
        }),
      ),
    }),
  },
  findCiting: {
    input: z
      .object({
        outlet: z.string().max(1000).optional(),
        title: z.string().max(4000).optional(),
        excludeReviewId: IdSchema.optional(),
        /** At most this many reviews come back (newest first); `total` says how many cite it in all. */
        limit: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
    output: z.object({ reviews: z.array(ReviewSummarySchema), total: z.number().int().nonnegative() }),
  },
  listCitingIds: {
    input: z.object({ outlet: z.string().min(1).max(1000) }).strict(),
    output: z.object({ ids: z.array(IdSchema) }),
  },
  listReviewStates: {
    input: empty,
    output: z.object({ states: z.array(ReviewStateSchema) }),
  },
  saveReadingPosition: {
    input: z.object({ id: IdSchema, position: z.number().min(0).max(1), finished: z.boolean().optional() }).strict(),
    output: ReviewStateSchema,
  },
  setRead: {
    input: z.object({ id: IdSchema, read: z.boolean() }).strict(),
    output: ReviewStateSchema,
  },
  listAllNotes: {
    input: empty,
    output: z.object({ entries: z.array(NoteEntrySchema) }),
  },
  search: {
    input: z
      .object({
        query: z.string().max(2000),
        limit: z.number().int().min(1).max(200).optional(),
        offset: z.number().int().min(0).max(1_000_000).optional(),
      })
      .strict(),
    output: z.object({
      hits: z.array(SearchHitSchema),
      total: z.number().int().nonnegative(),
      /** What could not be understood in the query (a bad date), one line each; the rest still ran. */
      problems: z.array(z.string()),
      status: SearchStatusSchema,
    }),
  },
  getSearchStatus: {
    input: empty,
    output: SearchStatusSchema,
  },
  getArchiveStatus: {
    input: empty,
    output: ArchiveStatusSchema,
  },
  getSettings: {
    input: empty,
    output: SettingsSchema,
  },
  updateSettings: {
    input: SettingsPatchSchema,
    output: SettingsSchema,
  },
} as const;

/** Every event a host pushes to the UI, with its payload. */
export const eventSchemas = {
  'review-added': z.object({ review: ReviewSummarySchema }),
  'review-changed': z.object({ review: ReviewSummarySchema }),
  'review-removed': z.object({ id: IdSchema }),
  'archive-notice': z.object({ notice: z.string() }),
  'import-progress': z.object({ done: z.number().int(), total: z.number().int(), current: z.string() }),
  'notes-changed': z.object({ reviewId: IdSchema }),
  'settings-changed': SettingsSchema,
  'review-state-changed': z.object({ state: ReviewStateSchema }),
  /** How far the search index is, while it loads or is built and after each change. */
  'search-progress': SearchStatusSchema,
  /**
   * A command chosen in the Electron host's application or context menu, for the window to carry out; from the
   * context menu, with the point right-clicked in the page's CSS pixels.
   */
  'menu-command': z.object({
    command: MenuCommandSchema,
    point: z.object({ x: z.number(), y: z.number() }).optional(),
  }),
} as const;

export type MenuCommand = z.infer<typeof MenuCommandSchema>;

export type MethodName = keyof typeof methods;
export type MethodInput<M extends MethodName> = z.input<(typeof methods)[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<(typeof methods)[M]['output']>;

/** The API every host offers the UI. */
export type OffprintApi = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>>;
};

export type EventName = keyof typeof eventSchemas;
/** One event as delivered to the UI. */
export type OffprintEvent = {
  [E in EventName]: { type: E; payload: z.output<(typeof eventSchemas)[E]> };
}[EventName];

/**
 * Methods that read files by their path on the reader's disk. Only the command line, a process the reader started
 * in their own shell, may call them: no window gets them, so a page can never name a file to read.
 */
export const commandLineOnlyMethods = ['importFiles'] as const satisfies readonly MethodName[];

/** A method a window's page may call. */
export type PageMethodName = Exclude<MethodName, (typeof commandLineOnlyMethods)[number]>;

/** What the preload exposes as `window.offprint`: the page's part of the API plus an event subscription. */
export type OffprintBridge = Pick<OffprintApi, PageMethodName> & {
  subscribe(listener: (event: OffprintEvent) => void): () => void;
};

/** How every host answers a call over its wire (IPC or HTTP): a value or one readable line. */
export type ApiResult<T = unknown> = { ok: true; value: T } | { ok: false; error: string; kind: ErrorKind };

/** The list of method names, for hosts that register one handler per method. */
export const methodNames = Object.keys(methods) as MethodName[];

/** The list of event names. */
export const eventNames = Object.keys(eventSchemas) as EventName[];
