import { resolveArchiveDir } from '../archive/archive-location.ts';
import { withLibrary } from './archive-session.ts';
import { callApi } from './call-api.ts';
import { type CliIo, printAnswer } from './cli-io.ts';
import { parseCommandLine, readOptions, UsageError, writeOptions } from './command-line.ts';
import { printReviewLines } from './list-command.ts';

/** `offprint delete <id>`: moves the review to the trash, from where `offprint undelete <id>` brings it back. */
export async function runDelete(args: string[], io: CliIo): Promise<number> {
  const { values, id } = parseOneId('delete', args, 'offprint list');
  const session = { mode: 'write', wait: values.wait } as const;
  return withLibrary(resolveArchiveDir(values.archive), session, io, async ({ api }) => {
    const review = await callApi(api, 'deleteReview', { id });
    const text = `Moved "${review.title}" to the trash. Bring it back with: offprint undelete ${review.id}`;
    printAnswer(io, values.json, review, text);
    return 0;
  });
}

/** `offprint undelete <id>`: brings a review back from the trash. */
export async function runUndelete(args: string[], io: CliIo): Promise<number> {
  const { values, id } = parseOneId('undelete', args, 'offprint trash');
  const session = { mode: 'write', wait: values.wait } as const;
  return withLibrary(resolveArchiveDir(values.archive), session, io, async ({ api }) => {
    const review = await callApi(api, 'undeleteReview', { id });
    printAnswer(io, values.json, review, `Restored "${review.title}"`);
    return 0;
  });
}

/** `offprint trash`: the reviews in the trash, one line each like `offprint list`. */
export async function runTrash(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, readOptions);
  if (positionals.length > 0) throw new UsageError(`"offprint trash" takes no arguments, but got "${positionals[0]}".`);
  const dir = resolveArchiveDir(values.archive);
  const { reviews } = await withLibrary(dir, { mode: 'read' }, io, ({ api }) => callApi(api, 'listTrash', {}));
  printReviewLines(io, values.json, reviews, 'The trash is empty.');
  return 0;
}

function parseOneId(command: string, args: string[], listedBy: string) {
  const { values, positionals } = parseCommandLine(args, writeOptions);
  const [id, extra] = positionals;
  if (id === undefined) throw new UsageError(`Name the review: offprint ${command} <id> (see "${listedBy}").`);
  if (extra !== undefined) throw new UsageError(`"offprint ${command}" takes one id, but got "${extra}" as well.`);
  return { values, id };
}
