import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { prepareImport, toReview } from '../importers/import-pipeline.ts';
import { type Reference, type Review, ReviewSchema } from '../model/review.ts';

const fixturePage = fileURLToPath(new URL('../../../shared/fixtures/pages/weekly-review-63.txt', import.meta.url));

/** The address the fixture review is given, since the saved page does not print one. */
export const fixtureSourceUrl = 'https://www.glocom.org/media_reviews/weekly/20020902_weekly_s63/';

/** The shared fixture review (a saved page-text file) as the library stores it on import, under a new id. */
export async function storedFixtureReview(): Promise<Review> {
  const source = { fileName: path.basename(fixturePage), format: 'text' as const, bytes: await readFile(fixturePage) };
  return ReviewSchema.parse(toReview(await prepareImport(source), randomUUID()));
}

/** The stored fixture review with its address, and a new temp folder to work in; the caller removes `dir`. */
export async function importFixtureReview(): Promise<{ dir: string; review: Review }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-citations-'));
  const review = { ...(await storedFixtureReview()), sourceUrl: fixtureSourceUrl };
  assert.equal(review.references.length, 7, 'the fixture review should hold seven references');
  return { dir, review };
}

/** Runs pandoc in `cwd`; a missing pandoc fails with what to install. */
export async function pandoc(cwd: string, args: string[]): Promise<string> {
  try {
    return (await promisify(execFile)('pandoc', args, { cwd, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error('pandoc is not installed; apt-get install pandoc');
    throw error;
  }
}

/** Lower case letters and digits only, so title casing, quotes and dashes a style adds do not matter. */
export function squash(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Chicago writes `———` for an author repeated from the entry above; put the name back to compare entries alone. */
export function withRepeatedAuthors(entries: string[]): string[] {
  return entries.map((entry, index, all) => {
    if (!entry.startsWith('———')) return entry;
    const previous = all.slice(0, index).findLast((candidate) => !candidate.startsWith('———')) ?? '';
    return entry.replace('———', previous.split('. ')[0] ?? '');
  });
}

/** The non-empty paragraphs of a text, trimmed. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** The year a reference was published, as printed in a bibliography. */
export function yearOf(reference: Reference): string {
  return reference.issued?.slice(0, 4) ?? '';
}

/** The entry of a formatted bibliography that carries the title. */
export function entryFor(entries: string[], title: string): string {
  const entry = entries.find((candidate) => squash(candidate).includes(squash(title)));
  assert.ok(entry, `no bibliography entry holds "${title}" in:\n${entries.join('\n')}`);
  return entry;
}
