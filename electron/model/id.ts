/** The id every stored review and note has. */
import { z } from 'zod';

/** An id of a review or note as stored on disk: letters, digits, `-` and `_` only. */
export const IdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, "-" or "_"');
