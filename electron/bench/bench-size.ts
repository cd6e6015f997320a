import { rm } from 'node:fs/promises';
import path from 'node:path';
import { createRandom } from '../fake-data/seeded-random.ts';
import { measureArchive } from './archive-measurements.ts';
import { attempt, type LibraryResult, type NaiveResult, type SizeResult } from './bench-results.ts';
import { generateArchive } from './generate-archive.ts';
import { type LibraryBrowser, measureLibrary } from './library-paint.ts';
import { timed } from './measure.ts';
import { estimateNaiveBytes, naiveSkipReason, writeNaiveArchive } from './naive-archive.ts';
import { measureNaive } from './naive-measurements.ts';

/** The seed every archive is generated from, so runs compare like with like. */
const benchSeed = 20020830;

/**
 * Generates an archive of `size` reviews under `root`, measures it, the library in Chromium (unless `browser` says
 * why not) and the single-file baseline, and deletes both. `log` is told what is happening (the run takes minutes).
 */
export async function benchSize(
  root: string,
  size: number,
  browser: LibraryBrowser,
  log: (line: string) => void,
): Promise<SizeResult> {
  const dir = path.join(root, `archive-${size}`);
  const naiveFile = path.join(root, `naive-${size}.json`);
  try {
    log(`${size} reviews: generating the archive…`);
    const generated = await timed(() => generateArchive(dir, size, benchSeed));
    const { reviewIds, files, bytes } = generated.value;
    log(`${size} reviews: measuring the archive…`);
    const archive = await attempt(() => measureArchive(generated.value, createRandom(benchSeed + size)));
    const library = await benchLibrary(dir, size, browser, log);
    const naive = await benchNaive(naiveFile, size, reviewIds, log);
    return { size, files, bytes, generateMs: generated.ms, archive, naive, library };
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(naiveFile, { force: true });
  }
}

async function benchLibrary(
  dir: string,
  size: number,
  browser: LibraryBrowser,
  log: (line: string) => void,
): Promise<LibraryResult> {
  if ('skipped' in browser) return browser;
  log(`${size} reviews: opening the library in Chromium and scrolling it…`);
  return attempt(() => measureLibrary(dir, size, browser.executablePath));
}

async function benchNaive(
  file: string,
  size: number,
  reviewIds: readonly string[],
  log: (line: string) => void,
): Promise<NaiveResult> {
  const skipped = naiveSkipReason(estimateNaiveBytes(benchSeed, size));
  if (skipped) {
    log(`${size} reviews: single-file baseline ${skipped}`);
    return { skipped };
  }
  log(`${size} reviews: writing and measuring the single-file lowdb baseline…`);
  const written = await attempt(() => writeNaiveArchive(file, benchSeed, size));
  if (!written.ok) return { fileBytes: null, firstPage: written, noteSave: written, openReview: written };
  return measureNaive(file, written.value, reviewIds, createRandom(benchSeed + size + 1));
}
