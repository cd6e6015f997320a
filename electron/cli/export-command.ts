import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OffprintApi } from '../api/contract.ts';
import { resolveArchiveDir } from '../archive/archive-location.ts';
import { messageOf } from '../common/messages.ts';
import { fileNameFor, withUniqueNames } from '../export/file-name.ts';
import { printReviewToPdf } from '../export/pdf-export.ts';
import { findPrintBrowser } from '../export/print-browser.ts';
import { CitationStyleSchema, type ExportFile, type ExportFormat, ExportFormatSchema } from '../model/export-file.ts';
import { OffprintError } from '../model/offprint-error.ts';
import type { ReviewSummary } from '../model/review.ts';
import { withLibrary } from './archive-session.ts';
import { callApi } from './call-api.ts';
import type { CliIo } from './cli-io.ts';
import { archiveOption, parseCommandLine, UsageError } from './command-line.ts';

const formats = [...ExportFormatSchema.options, 'pdf'] as const;
type Format = (typeof formats)[number];

/** The formats that make one file per review: their --out names a folder unless it ends with this extension. */
const perReviewExtension: Partial<Record<Format, string>> = { markdown: '.md', pdf: '.pdf' };

/** One file to write: its name and either its text or how to print it. */
type Planned = { name: string; text: string } | { name: string; pdfOf: string };

/**
 * `offprint export <id…|--all|--series NAME> --format F [--style S] [--out PATH] [--force]`: writes the reviews
 * in a format other tools read. One text file without --out goes to stdout; otherwise files go to --out (a file
 * for one, a folder for several) or the current folder. Nothing is replaced without --force, and every target is
 * checked before the first file is written.
 */
export async function runExport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, {
    ...archiveOption,
    format: { type: 'string' },
    style: { type: 'string' },
    out: { type: 'string' },
    all: { type: 'boolean' },
    series: { type: 'string' },
    force: { type: 'boolean' },
  });
  const format = parseFormat(values.format);
  const picked = [positionals.length > 0, values.all === true, values.series !== undefined].filter(Boolean).length;
  if (picked !== 1) {
    throw new UsageError('Say what to export: review ids, --all, or --series NAME (one of them).');
  }
  const style = await readStyle(values.style, format);
  const dir = resolveArchiveDir(values.archive);
  return withLibrary(dir, { mode: 'read' }, io, async ({ api }) => {
    const { reviews } = await callApi(api, 'listReviews', {});
    const chosen = chooseReviews(reviews, positionals, values.all === true, values.series);
    const planned = await plan(api, chosen, format, style);
    const [only] = planned;
    if (values.out === undefined && planned.length === 1 && only && 'text' in only) {
      io.stdout.write(only.text);
      return 0;
    }
    const placed = await placeFiles(planned, values.out, values.force === true, perReviewExtension[format]);
    const browser = format === 'pdf' ? findPrintBrowser() : undefined;
    if (browser && 'reason' in browser) throw new OffprintError('unsupported', browser.reason);
    for (const [index, { file, target }] of placed.entries()) {
      if ('text' in file) await writeWhole(target, file.text);
      else if (browser)
        await printReviewToPdf(await callApi(api, 'getReview', { id: file.pdfOf }), target, browser.path);
      if (placed.length > 1) io.stderr.write(`\r${index + 1} of ${placed.length} written`);
    }
    if (placed.length > 1) io.stderr.write('\n');
    io.stdout.write(`${placed.map(({ target }) => `Wrote ${target}`).join('\n')}\n`);
    return 0;
  });
}

function parseFormat(value: string | undefined): Format {
  if (value === undefined) throw new UsageError(`Choose a format with --format: ${formats.join(', ')}.`);
  if (!(formats as readonly string[]).includes(value)) {
    throw new UsageError(`--format must be one of ${formats.join(', ')}, not "${value}".`);
  }
  return value as Format;
}

/** A style Offprint ships (apa, vancouver, harvard1) or the path of a CSL file of the reader's own. */
async function readStyle(value: string | undefined, format: Format) {
  if (value === undefined) return {};
  if (format !== 'bibliography') throw new UsageError('--style only applies to --format bibliography.');
  const shipped = CitationStyleSchema.safeParse(value);
  if (shipped.success) return { style: shipped.data };
  if (!value.toLowerCase().endsWith('.csl')) {
    throw new UsageError(`--style must be ${CitationStyleSchema.options.join(', ')} or a .csl file, not "${value}".`);
  }
  const styleXml = await readFile(value, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new OffprintError(
      'io',
      `Cannot read the style file ${value} (${error.code ?? error.message}); check the path.`,
    );
  });
  return { styleXml };
}

function chooseReviews(
  reviews: ReviewSummary[],
  ids: string[],
  all: boolean,
  series: string | undefined,
): ReviewSummary[] {
  if (all) {
    if (reviews.length === 0) throw new OffprintError('not-found', 'The archive holds no reviews to export.');
    return reviews;
  }
  if (series !== undefined) {
    const wanted = series.trim().toLowerCase();
    const found = reviews.filter((review) => review.series?.trim().toLowerCase() === wanted);
    if (found.length === 0) {
      throw new OffprintError(
        'not-found',
        `No review is in the series "${series}"; "offprint list" shows each review's series.`,
      );
    }
    return found.sort((a, b) => Number.parseFloat(a.issue ?? '') - Number.parseFloat(b.issue ?? '') || 0);
  }
  const byId = new Map(reviews.map((review) => [review.id, review]));
  return ids.map((id) => {
    const review = byId.get(id);
    if (!review)
      throw new OffprintError('not-found', `There is no review with id "${id}" in this archive; see "offprint list".`);
    return review;
  });
}

async function plan(
  api: OffprintApi,
  reviews: ReviewSummary[],
  format: Format,
  style: { style?: 'apa' | 'vancouver' | 'harvard1'; styleXml?: string },
): Promise<Planned[]> {
  if (format === 'pdf') {
    return withUniqueNames(reviews.map((review) => ({ name: fileNameFor(review.title, '.pdf'), pdfOf: review.id })));
  }
  const ids = reviews.map((review) => review.id);
  const { files } = await callApi(api, 'exportReviews', { ids, format: format as ExportFormat, ...style });
  return files.map((file: ExportFile) => ({ name: file.name, text: file.text }));
}

/**
 * Where each file goes: `out` as the file for a single file (unless it is a folder, ends with a slash, or, for
 * a format of one file per review, lacks that format's extension), else the folder `out` (made when missing) or
 * the current one. Refuses before anything is written when a target
 * exists and `force` is not given.
 */
async function placeFiles(
  files: Planned[],
  out: string | undefined,
  force: boolean,
  perReview: string | undefined,
): Promise<Array<{ file: Planned; target: string }>> {
  const outInfo = out === undefined ? undefined : await stat(out).catch(() => undefined);
  const namesAFile = out !== undefined && (perReview === undefined || out.toLowerCase().endsWith(perReview));
  const intoFolder = !namesAFile || files.length > 1 || outInfo?.isDirectory() || /[\\/]$/.test(out);
  if (out !== undefined && files.length > 1 && outInfo && !outInfo.isDirectory()) {
    throw new OffprintError(
      'invalid-input',
      `${out} is a file, but ${files.length} files are to be written; choose a folder with --out.`,
    );
  }
  const folder = intoFolder ? path.resolve(out ?? '.') : path.dirname(path.resolve(out));
  const placed = files.map((file) => ({ file, target: intoFolder ? path.join(folder, file.name) : path.resolve(out) }));
  if (!force) {
    for (const { target } of placed) {
      if (
        await stat(target).then(
          () => true,
          () => false,
        )
      ) {
        throw new OffprintError(
          'conflict',
          `${target} already exists; add --force to replace it, or choose another --out.`,
        );
      }
    }
  }
  await mkdir(folder, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new OffprintError(
      'io',
      `Cannot make the folder ${folder} (${error.code ?? error.message}); choose another --out.`,
    );
  });
  return placed;
}

/** Writes a whole file or none: into a temp file beside it, then renamed over it. */
async function writeWhole(target: string, text: string): Promise<void> {
  const partial = `${target}.partial`;
  try {
    await writeFile(partial, text);
    await rename(partial, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? messageOf(error);
    throw new OffprintError('io', `Cannot write ${target} (${code}); check the folder can be written to.`);
  }
}
