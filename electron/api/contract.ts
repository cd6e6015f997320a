/**
 * The one contract between the UI and every host (Electron IPC, the browser host, the CLI).
 * Each method's input and output is a schema; the types below are derived from them.
 */
import { z } from 'zod';

/** An id of a review or note as stored on disk: letters, digits, `-` and `_` only. */
export const IdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, "-" or "_"');

/** An author as printed on the review, with the affiliation given in the byline. */
export const AuthorSchema = z.object({
  name: z.string().min(1),
  affiliation: z.string().min(1).optional(),
});

/** One entry of a review's reference list: the line as printed plus what could be parsed. */
export const ReferenceSchema = z.object({
  raw: z.string().min(1),
  title: z.string().optional(),
  authors: z.array(z.string()).optional(),
  container: z.string().optional(),
  issued: z.string().optional(),
  url: z.string().optional(),
  /** The entry as a CSL-JSON item (`article-newspaper` for news), for citation tools. */
  csl: z.record(z.string(), z.unknown()).optional(),
});

/** The row the library list shows; kept in the archive index. */
export const ReviewSummarySchema = z.object({
  id: IdSchema,
  title: z.string().min(1),
  series: z.string().optional(),
  issue: z.string().optional(),
  publishedAt: z.string().optional(),
  authors: z.array(AuthorSchema),
  importedAt: z.string(),
  referenceCount: z.number().int().nonnegative(),
  tags: z.array(z.string()),
  /** Kept in the row so a re-import finds duplicates and earlier versions without reading every review file. */
  contentHash: z.string().optional(),
  sourceUrl: z.string().optional(),
});

/** A whole review: metadata, the Markdown body and its references. */
export const ReviewSchema = ReviewSummarySchema.extend({
  subtitle: z.string().optional(),
  updatedAt: z.string().optional(),
  site: z.string().optional(),
  sourceUrl: z.string().optional(),
  language: z.string().optional(),
  body: z.string(),
  references: z.array(ReferenceSchema),
  contentHash: z.string(),
  /** The "Last Updated" stamp exactly as the page printed it. */
  updatedAtRaw: z.string().optional(),
  /** Where the page sat on its site (the breadcrumb). */
  section: z.string().optional(),
  copyright: z.string().optional(),
  /** The review this one is a newer version of (same source, changed content). */
  previousVersionId: IdSchema.optional(),
  provenance: z.object({
    kind: z.enum(['markdown', 'sample', 'page-text', 'html', 'url']),
    fileName: z.string().optional(),
    url: z.string().optional(),
  }),
});

/** What a bulk import did: what landed, what was already there, what failed and why. */
export const ImportSummarySchema = z.object({
  imported: z.array(ReviewSummarySchema),
  duplicates: z.array(z.object({ name: z.string(), existingId: IdSchema })),
  failed: z.array(z.object({ name: z.string(), reason: z.string() })),
  notices: z.array(z.string()),
});

/** One file handed over by the UI (picked, or dropped on the window), its bytes in base64. */
export const UploadedFileSchema = z.object({
  name: z.string().min(1).max(1000),
  relativePath: z.string().max(4000).optional(),
  dataBase64: z.string().max(30_000_000),
});

/** The colours a highlight can have. */
export const HighlightColorSchema = z.enum(['yellow', 'green', 'blue', 'pink']);

/**
 * Where a highlight sits in the article body's text content, as W3C Web Annotation selectors: the quoted text
 * with some context around it (TextQuoteSelector) and its character offsets (TextPositionSelector).
 */
export const HighlightSelectorSchema = z.object({
  quote: z.object({
    exact: z.string().min(1).max(20_000),
    prefix: z.string().max(200),
    suffix: z.string().max(200),
  }),
  position: z
    .object({ start: z.number().int().nonnegative(), end: z.number().int().positive() })
    .refine(({ start, end }) => end > start, 'the end of a highlight must come after its start'),
});

/**
 * A note on a review: the free Markdown note (kind "note", also when `kind` is absent, as in older files) or a
 * highlight of a passage (kind "highlight", with its selector, colour, tags and the comment as `body`).
 */
export const NoteSchema = z.object({
  id: IdSchema,
  reviewId: IdSchema,
  body: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  kind: z.enum(['note', 'highlight']).optional(),
  selector: HighlightSelectorSchema.optional(),
  color: HighlightColorSchema.optional(),
  tags: z.array(z.string().trim().min(1).max(100)).max(200).optional(),
});

/**
 * What the reader has done with a review: how many notes and highlights it has, how far down it was read, and
 * when it was finished (no `readAt` means unread).
 */
export const ReviewStateSchema = z.object({
  id: IdSchema,
  notes: z.number().int().nonnegative(),
  highlights: z.number().int().nonnegative(),
  readAt: z.string().optional(),
  /** How far down the article the reader was, from 0 (its top) to 1 (its end). */
  position: z.number().min(0).max(1).optional(),
});

/** A note or highlight with the review it belongs to, for the list of every note in the archive. */
export const NoteEntrySchema = z.object({
  note: NoteSchema,
  review: ReviewSummarySchema.pick({ id: true, title: true, series: true, issue: true }),
});

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
]);

/** Where and how large the window was, so it opens the same next time. */
export const WindowStateSchema = z.object({
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  maximized: z.boolean(),
});

/** How the library is ordered. */
export const LibrarySortSchema = z.enum(['published', 'title', 'added']);

/** The library's filters; an empty string or false means no filter on that facet. */
export const LibraryFiltersSchema = z.object({
  series: z.string().max(1000),
  author: z.string().max(1000),
  tag: z.string().max(1000),
  outlet: z.string().max(1000),
  hasNotes: z.boolean(),
  unread: z.boolean(),
});

/** How the reader left the library: its order, its filters, and whether reviews are grouped by series. */
export const LibraryViewSchema = z.object({
  sort: LibrarySortSchema,
  filters: LibraryFiltersSchema,
  bySeries: z.boolean(),
});

const settingsFields = {
  theme: z.enum(['system', 'light', 'dark', 'sepia']),
  fontSize: z.number().int().min(12).max(32),
  typeface: z.enum(['serif', 'sans']),
  lineHeight: z.enum(['compact', 'comfortable', 'loose']),
  lastReviewId: IdSchema.nullable(),
  window: WindowStateSchema.nullable(),
  fetchRemoteImages: z.boolean(),
  libraryView: LibraryViewSchema.nullable(),
  /** Whole-archive backups made on a schedule: one every `everyHours`, the newest `keep` kept, in `folder`. */
  autoBackup: z
    .object({
      everyHours: z.number().int().min(1).max(720),
      keep: z.number().int().min(1).max(100),
      folder: z.string().min(1).max(4096).optional(),
    })
    .strict()
    .nullable(),
};

/** The reader's settings, with defaults for a fresh archive. */
export const SettingsSchema = z.object({
  theme: settingsFields.theme.default('system'),
  fontSize: settingsFields.fontSize.default(19),
  typeface: settingsFields.typeface.default('serif'),
  lineHeight: settingsFields.lineHeight.default('comfortable'),
  lastReviewId: settingsFields.lastReviewId.default(null),
  window: settingsFields.window.default(null),
  /** Whether importing a saved page also fetches its images from the web (an address import always does). */
  fetchRemoteImages: settingsFields.fetchRemoteImages.default(false),
  /** Null until the reader changes the library's order or filters. */
  libraryView: settingsFields.libraryView.default(null),
  /** Null (off) until the reader turns automatic backups on. */
  autoBackup: settingsFields.autoBackup.default(null),
});

/** A change to some settings: only the fields given are touched (no defaults fill the rest). */
export const SettingsPatchSchema = z.object(settingsFields).partial().strict();

/** Where the archive is, whether it can be changed, and what the reader should be told about it. */
export const ArchiveStatusSchema = z.object({
  dir: z.string(),
  readOnlyReason: z.string().nullable(),
  notices: z.array(z.string()),
});

/** How far the search index is: whether it answers yet, and how many of the archive's reviews it holds. */
export const SearchStatusSchema = z.object({
  ready: z.boolean(),
  indexed: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

/** Where a search hit's best match is. */
export const SearchFieldSchema = z.enum(['title', 'author', 'series', 'tag', 'outlet', 'references', 'body', 'notes']);

/** A passage of plain text around the match, with the [start, end) offsets of the matched words in it. */
export const SnippetSchema = z.object({
  text: z.string(),
  highlights: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
});

/** One ranked search result: the review's row, where it matched, the passage, and the words to scroll to. */
export const SearchHitSchema = z.object({
  review: ReviewSummarySchema,
  score: z.number(),
  field: SearchFieldSchema,
  snippet: SnippetSchema.nullable(),
  /** The exact words of the first match in the Markdown body, for the article view to find and scroll to. */
  match: z.string().nullable(),
});

/** What a review can be exported as (PDF is made by a host, not by the library: see the export command). */
export const ExportFormatSchema = z.enum(['markdown', 'csl-json', 'bibtex', 'ris', 'bibliography', 'annotations']);

/** The citation styles a formatted bibliography can be written in (the CSL styles shipped with Offprint). */
export const CitationStyleSchema = z.enum(['apa', 'vancouver', 'harvard1']);

/** One exported file: its suggested name, its media type and its text. */
export const ExportFileSchema = z.object({
  name: z.string().min(1),
  mediaType: z.string().min(1),
  text: z.string(),
});

/** What importing a Web Annotation file did: what was restored, what was there already, what could not be placed. */
export const AnnotationImportSchema = z.object({
  restored: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  skipped: z.array(z.object({ id: z.string(), reason: z.string() })),
});

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

export type Author = z.infer<typeof AuthorSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type ReviewSummary = z.infer<typeof ReviewSummarySchema>;
export type Review = z.infer<typeof ReviewSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type NoteEntry = z.infer<typeof NoteEntrySchema>;
export type ReviewState = z.infer<typeof ReviewStateSchema>;
export type LibraryView = z.infer<typeof LibraryViewSchema>;
export type LibraryFilters = z.infer<typeof LibraryFiltersSchema>;
export type LibrarySort = z.infer<typeof LibrarySortSchema>;
export type MenuCommand = z.infer<typeof MenuCommandSchema>;
export type HighlightSelector = z.infer<typeof HighlightSelectorSchema>;
export type HighlightColor = z.infer<typeof HighlightColorSchema>;
export type Settings = z.infer<typeof SettingsSchema>;
export type WindowState = z.infer<typeof WindowStateSchema>;
export type ArchiveStatus = z.infer<typeof ArchiveStatusSchema>;
export type ImportSummary = z.infer<typeof ImportSummarySchema>;
export type SearchStatus = z.infer<typeof SearchStatusSchema>;
export type SearchHitRow = z.infer<typeof SearchHitSchema>;
export type Snippet = z.infer<typeof SnippetSchema>;
export type UploadedFile = z.infer<typeof UploadedFileSchema>;
export type ExportFormat = z.infer<typeof ExportFormatSchema>;
export type CitationStyle = z.infer<typeof CitationStyleSchema>;
export type ExportFile = z.infer<typeof ExportFileSchema>;
export type AnnotationImport = z.infer<typeof AnnotationImportSchema>;

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
export type ApiResult<T = unknown> = { ok: true; value: T } | { ok: false; error: string };

/** The list of method names, for hosts that register one handler per method. */
export const methodNames = Object.keys(methods) as MethodName[];

/** The methods a window's page may call, for the hosts that serve pages (IPC, HTTP). */
export const pageMethodNames = methodNames.filter(
  (name): name is PageMethodName => !(commandLineOnlyMethods as readonly string[]).includes(name),
);

/** The list of event names. */
export const eventNames = Object.keys(eventSchemas) as EventName[];
