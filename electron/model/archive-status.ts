/** Where the archive is and what the reader should be told about it. */
import { z } from 'zod';

/** Where the archive is, whether it can be changed, and what the reader should be told about it. */
export const ArchiveStatusSchema = z.object({
  dir: z.string(),
  readOnlyReason: z.string().nullable(),
  notices: z.array(z.string()),
});

export type ArchiveStatus = z.infer<typeof ArchiveStatusSchema>;
