/** What a review can be exported as, and what an export or an annotation import gives back. */
import { z } from 'zod';

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

export type ExportFormat = z.infer<typeof ExportFormatSchema>;
export type CitationStyle = z.infer<typeof CitationStyleSchema>;
export type ExportFile = z.infer<typeof ExportFileSchema>;
export type AnnotationImport = z.infer<typeof AnnotationImportSchema>;
