/** The reader's settings, as settings.json keeps them. */
import { z } from 'zod';
import { IdSchema } from './id.ts';

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
  libraryFolded: z.boolean(),
  sidePanelFolded: z.boolean(),
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
  /** Whether the reader folded the library away. */
  libraryFolded: settingsFields.libraryFolded.default(false),
  /** Whether the reader folded the side panel (notes and highlights) away in a window wide enough to show it. */
  sidePanelFolded: settingsFields.sidePanelFolded.default(false),
});

/** A change to some settings: only the fields given are touched (no defaults fill the rest). */
export const SettingsPatchSchema = z.object(settingsFields).partial().strict();

export type LibraryView = z.infer<typeof LibraryViewSchema>;
export type LibraryFilters = z.infer<typeof LibraryFiltersSchema>;
export type LibrarySort = z.infer<typeof LibrarySortSchema>;
export type Settings = z.infer<typeof SettingsSchema>;
export type WindowState = z.infer<typeof WindowStateSchema>;
