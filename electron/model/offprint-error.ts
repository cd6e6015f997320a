/** What went wrong, in the words a host decides by: the CLI's exit code and the UI's message follow the kind. */
export const errorKinds = [
  'not-found',
  'invalid-input',
  'locked',
  'read-only',
  'damaged',
  'io',
  'conflict',
  'unsupported',
] as const;

/** One of errorKinds. */
export type ErrorKind = (typeof errorKinds)[number];

/** Whether `value` names one of errorKinds (a kind read off the wire). */
export function isErrorKind(value: unknown): value is ErrorKind {
  return (errorKinds as readonly unknown[]).includes(value);
}

/** An error whose message is written for the reader (what went wrong and what to do), with its kind. */
export class OffprintError extends Error {
  override readonly name = 'OffprintError';
  readonly kind: ErrorKind;

  constructor(kind: ErrorKind, message: string, options?: ErrorOptions) {
    super(message, options);
    this.kind = kind;
  }
}
