import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { messageOf } from '../common/messages.ts';
import { OffprintError } from '../model/offprint-error.ts';
import type { Review } from '../model/review.ts';
import { printableReview } from './printable-review.ts';

const run = promisify(execFile);

/**
 * Prints a review to a PDF at `outFile` with a headless Chromium (`browser`): the review's printable page is
 * written to a private temp folder and printed from there with no network, no profile of the reader's and no
 * header or footer. The PDF is written beside `outFile` and renamed into place once whole.
 */
export async function printReviewToPdf(review: Review, outFile: string, browser: string): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'offprint-pdf-'));
  try {
    const page = path.join(work, 'review.html');
    await writeFile(page, await printableReview(review));
    const printed = path.join(work, 'review.pdf');
    await run(browser, browserArguments(work, page, printed), { timeout: 120_000 }).catch((error: unknown) => {
      const detail = (error as { stderr?: string }).stderr?.trim().split('\n').at(-1) ?? messageOf(error);
      throw new OffprintError('io', `The browser could not print "${review.title}" to PDF (${detail}).`);
    });
    const size = await stat(printed).then(
      (info) => info.size,
      () => 0,
    );
    if (size === 0)
      throw new OffprintError(
        'io',
        `The browser made no PDF of "${review.title}"; try again, or set CHROMIUM_PATH to another browser.`,
      );
    const partial = `${outFile}.partial`;
    await copyFile(printed, partial);
    await rename(partial, outFile);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function browserArguments(work: string, page: string, printed: string): string[] {
  const args = [
    '--headless',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    `--user-data-dir=${path.join(work, 'profile')}`,
    '--no-pdf-header-footer',
    `--print-to-pdf=${printed}`,
  ];
  // Chromium refuses to start its sandbox as root (a container, a CI machine); it only opens our own page.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return [...args, pathToFileURL(page).href];
}
