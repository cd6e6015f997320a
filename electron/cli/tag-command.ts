import { resolveArchiveDir } from '../archive/archive-location.ts';
import { withLibrary } from './archive-session.ts';
import { callApi } from './call-api.ts';
import { type CliIo, printAnswer } from './cli-io.ts';
import { parseCommandLine, UsageError, writeOptions } from './command-line.ts';

/** `offprint tag <id> <tag…>`: replaces the review's tags with the ones given. */
export async function runTag(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, writeOptions);
  const [id, ...tags] = positionals;
  if (id === undefined || tags.length === 0) {
    throw new UsageError('Name the review and its tags: offprint tag <id> <tag…> (they replace the current tags).');
  }
  const session = { mode: 'write', wait: values.wait } as const;
  return withLibrary(resolveArchiveDir(values.archive), session, io, async ({ api }) => {
    const review = await callApi(api, 'tagReview', { id, tags });
    printAnswer(io, values.json, review, `Tagged "${review.title}": ${review.tags.join(', ')}`);
    return 0;
  });
}
