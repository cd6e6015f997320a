import type { ImportSummary } from '../api/contract.ts';
import { resolveArchiveDir } from '../archive/archive-location.ts';
import { withLibrary } from './archive-session.ts';
import { callApi } from './call-api.ts';
import type { CliIo } from './cli-io.ts';
import { parseCommandLine, UsageError, writeOptions } from './command-line.ts';

const webAddress = /^[a-z][a-z0-9+.-]*:\/\//i;
const count = (n: number) => n.toLocaleString('en-US');

/**
 * `offprint import <path|url…>`: imports files, folders (everything below them) and web addresses, showing
 * progress on stderr, then prints the summary (or, with --json, the ImportSummary). Exit code 1 if any failed.
 */
export async function runImport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, writeOptions);
  if (positionals.length === 0) {
    throw new UsageError('Name the files, folders or web addresses to import: offprint import <path|url>…');
  }
  const urls = positionals.filter((given) => webAddress.test(given));
  const paths = positionals.filter((given) => !webAddress.test(given));
  const session = { mode: 'write', wait: values.wait, create: true } as const;
  return withLibrary(resolveArchiveDir(values.archive), session, io, async ({ api, events }) => {
    const progress = progressPrinter(io);
    const unsubscribe = events.subscribe((event) => {
      if (event.type === 'import-progress') progress.show(event.payload);
    });
    const summaries: ImportSummary[] = [];
    try {
      if (paths.length > 0) summaries.push(await callApi(api, 'importFiles', { paths }));
      for (const url of urls) summaries.push(await callApi(api, 'importUrl', { url }));
    } finally {
      unsubscribe();
      progress.end();
    }
    const summary = mergeSummaries(summaries);
    io.stdout.write(values.json ? `${JSON.stringify(summary, null, 2)}\n` : formatImportSummary(summary));
    return summary.failed.length > 0 ? 1 : 0;
  });
}

/**
 * The summary for people: `Imported N reviews; M already in the archive; K failed:`, one `  <name>: <reason>`
 * line per failure, then the notices.
 */
export function formatImportSummary(summary: ImportSummary): string {
  const { imported, duplicates, failed, notices } = summary;
  const parts = [`Imported ${count(imported.length)} ${imported.length === 1 ? 'review' : 'reviews'}`];
  if (duplicates.length > 0) parts.push(`${count(duplicates.length)} already in the archive`);
  if (failed.length > 0) parts.push(`${count(failed.length)} failed`);
  const lines = [`${parts.join('; ')}${failed.length > 0 ? ':' : '.'}`];
  for (const { name, reason } of failed) lines.push(`  ${name}: ${reason}`);
  lines.push(...notices);
  return `${lines.join('\n')}\n`;
}

function mergeSummaries(summaries: ImportSummary[]): ImportSummary {
  return {
    imported: summaries.flatMap((summary) => summary.imported),
    duplicates: summaries.flatMap((summary) => summary.duplicates),
    failed: summaries.flatMap((summary) => summary.failed),
    notices: summaries.flatMap((summary) => summary.notices),
  };
}

/** `Importing 120 of 1000: name` on stderr: rewritten in place on a terminal, one line each otherwise. */
function progressPrinter(io: CliIo): {
  show(progress: { done: number; total: number; current: string }): void;
  end(): void;
} {
  const terminal = (io.stderr as { isTTY?: boolean }).isTTY === true;
  let shown = false;
  return {
    show({ done, total, current }) {
      const line = `Importing ${count(done)} of ${count(total)}: ${current}`;
      // \x1b[K clears what a longer earlier line left at the end.
      io.stderr.write(terminal ? `\r${line}\x1b[K` : `${line}\n`);
      shown = true;
    },
    end() {
      if (terminal && shown) io.stderr.write('\n');
    },
  };
}
