import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { OffprintApi } from '../api/contract.ts';
import { OffprintError } from '../api/offprint-error.ts';
import { resolveArchiveDir } from '../archive/archive-location.ts';
import { withLibrary } from './archive-session.ts';
import { callApi } from './call-api.ts';
import type { CliIo } from './cli-io.ts';
import { archiveOption, parseCommandLine, UsageError } from './command-line.ts';

/** The kinds of file `offprint import` reads, all as Markdown. */
export const importableExtensions = ['.md', '.markdown', '.txt'];

/** `offprint import <file>…`: adds each Markdown file; each lands whole or is reported on one line. */
export async function runImport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, { ...archiveOption, wait: { type: 'boolean' } });
  if (positionals.length === 0) {
    throw new UsageError('Name the Markdown files to import: offprint import <file.md>…');
  }
  const session = { mode: 'write', wait: values.wait, create: true } as const;
  return withLibrary(resolveArchiveDir(values.archive), session, io, async ({ api }) => {
    let failed = 0;
    for (const file of positionals) {
      try {
        const title = await importFile(api, file);
        io.stdout.write(`Imported "${title}"\n`);
      } catch (error) {
        if (!(error instanceof OffprintError)) throw error;
        io.stderr.write(`${error.message}\n`);
        failed += 1;
      }
    }
    return failed > 0 ? 1 : 0;
  });
}

/** Reads one file as UTF-8 and imports it; answers with the review's title. */
async function importFile(api: OffprintApi, file: string): Promise<string> {
  const refuse = (reason: string) => new OffprintError(`Cannot import "${file}": ${reason}`);
  const info = await stat(file).catch((error: unknown) => {
    throw refuse(describeReadError(error));
  });
  if (info.isDirectory()) throw refuse('it is a folder; name the Markdown files inside it.');
  const extension = path.extname(file).toLowerCase();
  if (!importableExtensions.includes(extension)) {
    const kind = extension ? `"${extension}" files are not supported` : 'files without an extension are not supported';
    throw refuse(`${kind} (supported: ${importableExtensions.join(', ')}).`);
  }
  const content = await readFile(file, 'utf8').catch((error: unknown) => {
    throw refuse(describeReadError(error));
  });
  const fileName = path.basename(file);
  try {
    const review = await callApi(api, 'importMarkdown', { content, fileName });
    return review.title;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The importer names the file by its base name; the reader typed the path, so name it that way.
    const importerLabel = `Cannot import "${fileName}": `;
    throw refuse(message.startsWith(importerLabel) ? message.slice(importerLabel.length) : message);
  }
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'there is no such file.';
  return `it could not be read (${error instanceof Error ? error.message : String(error)}).`;
}
