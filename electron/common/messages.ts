import type { ZodError } from 'zod';

/** The sentence of any thrown value: an Error's message without its "Error:" name, anything else as text. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The first problem zod found, as "where: what" (`authors.0.name: Too small`), or just "what" at the top. */
export function problemOf(error: ZodError, fallback = 'unexpected shape'): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? `${issue.path.map(String).join('.')}: ` : '';
  return `${where}${issue?.message ?? fallback}`;
}
