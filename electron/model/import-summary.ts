/** What an import is handed and what it reports. */
import { z } from 'zod';
import { IdSchema } from './id.ts';
import { ReviewSummarySchema } from './review.ts';

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

export type ImportSummary = z.infer<typeof ImportSummarySchema>;
export type UploadedFile = z.infer<typeof UploadedFileSchema>;
