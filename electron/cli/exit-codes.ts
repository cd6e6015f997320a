import { messageOf } from '../common/messages.ts';
import { type ErrorKind, isErrorKind } from '../model/offprint-error.ts';
import { usageHint } from './usage.ts';

/** How a command line failed: an error's kind, `usage` for a command typed wrongly, or `unexpected` for a bug. */
export type FailureKind = ErrorKind | 'usage' | 'unexpected';

/**
 * The exit code for each way to fail: 2 for a usage mistake, 1 for everything else. Every error kind fails with 1
 * (the API's invalid-input included: the command was typed right, the value was refused); a kind that should exit
 * differently changes here and nowhere else.
 */
export const exitCodes: Record<FailureKind, number> = {
  usage: 2,
  'invalid-input': 1,
  'not-found': 1,
  locked: 1,
  'read-only': 1,
  damaged: 1,
  io: 1,
  conflict: 1,
  unsupported: 1,
  unexpected: 1,
};

/** The kind a thrown value carries (an OffprintError's, a UsageError's `usage`), or `unexpected` when it has none. */
export function failureKindOf(error: unknown): FailureKind {
  const kind = typeof error === 'object' && error !== null && 'kind' in error ? error.kind : undefined;
  return kind === 'usage' || isErrorKind(kind) ? kind : 'unexpected';
}

/** What `offprint` prints on stderr for a failure of `kind`: the error's own line, and for a usage mistake the hint. */
export function failureLines(error: unknown, kind: FailureKind): string {
  if (kind === 'usage') return `${messageOf(error)}\n${usageHint}\n`;
  if (kind === 'unexpected') return `Offprint failed unexpectedly: ${messageOf(error)}\n`;
  return `${messageOf(error)}\n`;
}
