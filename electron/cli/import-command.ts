import { readFile } from 'node:fs/promises';
import { resolveArchiveDir } from '../archive/archive-location.ts';
import type { AnnotationImport } from '../model/export-file.ts';
import type { ImportSummary } from '../model/import-summary.ts';
import { OffprintError } from '../model/offprint-error.ts';
import { withLibrary } from './archive-session.ts';
import { callApi } from './call-api.ts';
import type { CliIo } from './cli-io.ts';
import { parseCommandLine, UsageError, writeOptions } from './command-line.ts';

const webAddress = /^[a-z][a-z0-9+.-]*:\/\//i;
/** Notes and highlights exported as Web Annotations: imported onto the reviews they belong to. */
const annotationFile = /\.jsonld$/i;
const count = (n: number) => n.toLocaleString('en-US');

/**
 * `offprint import <path|url…>`: imports files, folders (everything below them) and web addresses, showing
 * progress on stderr, then prints the summary (or, with --json, the ImportSummary); a `.jsonld` file of Web
 * Annotations puts its notes and highlights back on their reviews. Exit code 1 if any failed or was skipped.
 */
export async function runImport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, writeOptions);
  if (positionals.length === 0) {
    throw new UsageError('Name the files, folders or web addresses to import: offprint import <path|url>…');
  }
  const urls = positionals.filter((given) => webAddress.test(given));
  const annotationFiles = positionals.filter((given) => !webAddress.test(given) && annotationFile.test(given));
  const paths = positionals.filter((given) => !webAddress.test(given) && !annotationFile.test(given));
  const session = { mode: 'write', wait: values.wait, create: true } as const;
  return withLibrary(resolveArchiveDir(values.archive), session, io, async ({ api, events }) => {
    const progress = progressPrinter(io);
    const unsubscribe = events.subscribe((event) => {
      if (event.type === 'import-progress') progress.show(event.payload);
    });
    const summaries: ImportSummary[] = [];
    const restored: Array<AnnotationImport & { file: string }> = [];
    try {
      if (paths.length > 0) summaries.push(await callApi(api, 'importFiles', { paths }));
      for (const url of urls) summaries.push(await callApi(api, 'importUrl', { url }));
      for (const file of annotationFiles) {
        restored.push({ file, ...(await callApi(api, 'importAnnotations', { text: await readAnnotationFile(file) })) });
      }
    } finally {
      unsubscribe();
      progress.end();
    }
    const summary = mergeSummaries(summaries);
    const skipped = restored.some((each) => each.skipped.length > 0);
    if (values.json) {
      const answer = annotationFiles.length > 0 ? { ...summary, annotations: restored } : summary;
      io.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
    } else {
      if (paths.length + urls.length > 0) io.stdout.write(formatImportSummary(summary));
      for (const each of restored) io.stdout.write(formatAnnotationImport(each));
    }
    return summary.failed.length > 0 || skipped ? 1 : 0;
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

/** `Restored 12 notes and highlights from FILE; 3 already there; 1 skipped:` and one line per skipped annotation. */
function formatAnnotationImport({ file, restored, unchanged, skipped }: AnnotationImport & { file: string }): string {
  const parts = [
    `Restored ${count(restored)} ${restored === 1 ? 'note or highlight' : 'notes and highlights'} from ${file}`,
  ];
  if (unchanged > 0) parts.push(`${count(unchanged)} already there`);
  if (skipped.length > 0) parts.push(`${count(skipped.length)} skipped`);
  const lines = [`${parts.join('; ')}${skipped.length > 0 ? ':' : '.'}`];
  for (const { id, reason } of skipped) lines.push(`  ${id}: ${reason}`);
  return `${lines.join('\n')}\n`;
}

async function readAnnotationFile(file: string): Promise<string> {
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new OffprintError('io', `Cannot read ${file} (${error.code ?? error.message}); check the path.`);
  });
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
