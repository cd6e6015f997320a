import { type ParseArgsConfig, parseArgs } from 'node:util';
import { messageOf } from '../common/messages.ts';

/** A mistake in how the command was typed; its kind, `usage`, makes the CLI exit with code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly kind = 'usage';
}

type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/** The `--archive DIR` option of the commands that open an archive. */
export const archiveOption = {
  archive: { type: 'string' },
} as const satisfies OptionSpecs;

/** `--archive DIR` and `--json`, which every command that reads the archive takes. */
export const readOptions = {
  ...archiveOption,
  json: { type: 'boolean' },
} as const satisfies OptionSpecs;

/** `--archive DIR`, `--json` and `--wait` (wait for another process to close the archive), for commands that write. */
export const writeOptions = {
  ...readOptions,
  wait: { type: 'boolean' },
} as const satisfies OptionSpecs;

/** Parses a command's arguments strictly, turning every parsing mistake into a one-line UsageError. */
export function parseCommandLine<T extends OptionSpecs>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    const message = messageOf(error);
    // Node's messages go on with advice about `--`; the first sentence is the one a reader needs.
    const first = message.split(/(?<=\.)\s/)[0] ?? message;
    throw new UsageError(first.endsWith('.') ? first : `${first}.`);
  }
}
