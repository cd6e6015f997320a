import { resolveArchiveDir } from '../archive/archive-location.ts';
import type { Note } from '../model/note.ts';
import { OffprintError } from '../model/offprint-error.ts';
import { withLibrary } from './archive-session.ts';
import { callApi } from './call-api.ts';
import { type CliIo, printAnswer } from './cli-io.ts';
import { parseCommandLine, readOptions, UsageError, writeOptions } from './command-line.ts';

/** `offprint note add <id> <text…>` (or `-` to read the note from stdin) and `offprint note list <id>`. */
export async function runNote(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  if (action === 'add') return addNote(rest, io);
  if (action === 'list') return listNotes(rest, io);
  if (action === undefined || action.startsWith('-')) {
    throw new UsageError('Say what to do with notes: offprint note add <id> <text…> or offprint note list <id>.');
  }
  throw new UsageError(`"offprint note ${action}" is not a notes command; use "note add" or "note list".`);
}

async function addNote(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, writeOptions);
  const [id, ...words] = positionals;
  if (id === undefined || words.length === 0) {
    throw new UsageError('Name the review and write the note: offprint note add <id> <text…> (or - to read stdin).');
  }
  const fromStdin = words.length === 1 && words[0] === '-';
  const body = fromStdin ? (await io.readStdin()).trimEnd() : words.join(' ');
  if (body.trim() === '') {
    throw new OffprintError(
      'invalid-input',
      `The note ${fromStdin ? 'read from stdin ' : ''}is empty; nothing was added.`,
    );
  }
  const session = { mode: 'write', wait: values.wait } as const;
  return withLibrary(resolveArchiveDir(values.archive), session, io, async ({ api }) => {
    const review = await callApi(api, 'getReview', { id });
    const note = await callApi(api, 'saveNote', { reviewId: id, body });
    printAnswer(io, values.json, note, `Added a note to "${review.title}"`);
    return 0;
  });
}

async function listNotes(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, readOptions);
  const [id, extra] = positionals;
  if (id === undefined) throw new UsageError('Name the review whose notes to list: offprint note list <id>.');
  if (extra !== undefined) {
    throw new UsageError(`"offprint note list" lists one review's notes, but got "${extra}" as well.`);
  }
  return withLibrary(resolveArchiveDir(values.archive), { mode: 'read' }, io, async ({ api }) => {
    const review = await callApi(api, 'getReview', { id });
    const { notes } = await callApi(api, 'listNotes', { reviewId: id });
    if (values.json) {
      io.stdout.write(`${JSON.stringify(notes, null, 2)}\n`);
    } else if (notes.length === 0) {
      io.stderr.write(`"${review.title}" has no notes yet; add one with: offprint note add ${id} <text…>\n`);
    } else {
      io.stdout.write(notes.map(formatNote).join('\n'));
    }
    return 0;
  });
}

/** A note as text: the time it was last changed on its own line, then its body. */
export function formatNote(note: Note): string {
  return `${note.updatedAt}\n${note.body.trimEnd()}\n`;
}
