/** An error whose message is written for the reader: what went wrong and what to do. */
export class OffprintError extends Error {
  override readonly name = 'OffprintError';
}
