import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { openLibrary } from '../api/library.ts';
import { Archive } from '../archive/archive.ts';
import type { ReviewSummary } from '../model/review.ts';
import { memoryIo } from './cli-io.ts';
import { formatReviewLine } from './list-command.ts';
import { runCli } from './run-cli.ts';

/** A new archive holding the sample review, closed again. */
async function tempArchive(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-list-'));
  await (await openLibrary(dir)).archive.close();
  return dir;
}

test('list prints the sample review as date, series and issue, title and id', async () => {
  const io = memoryIo();
  assert.equal(await runCli(['list', '--archive', await tempArchive()], io), 0);
  const lines = io.out().trimEnd().split('\n');
  assert.equal(lines.length, 1);
  const [date, series, title, id] = lines[0]?.split('\t') ?? [];
  assert.equal(date, '2024-03-04');
  assert.equal(series, 'Weekly Media Review #12');
  assert.equal(title, 'How the coastal papers covered the harbour strike');
  assert.match(id ?? '', /^[A-Za-z0-9_-]+$/);
});

test('list --json prints the array of review summaries', async () => {
  const io = memoryIo();
  assert.equal(await runCli(['list', '--json', '--archive', await tempArchive()], io), 0);
  const reviews = JSON.parse(io.out()) as ReviewSummary[];
  assert.deepEqual(
    reviews.map((review) => [review.title, review.referenceCount]),
    [['How the coastal papers covered the harbour strike', 5]],
  );
});

test('an archive without reviews lists nothing and says how to add some', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-list-'));
  const archive = await Archive.open(dir);
  await archive.markSampleAdded();
  await archive.close();
  const io = memoryIo();
  assert.equal(await runCli(['list', '--archive', dir], io), 0);
  assert.equal(io.out(), '');
  assert.equal(io.err(), `The archive at ${dir} has no reviews yet; add some with "offprint import FILE.md".\n`);
});

test('list takes no arguments', async () => {
  const io = memoryIo();
  assert.equal(await runCli(['list', 'everything', '--archive', await tempArchive()], io), 2);
  assert.match(io.err(), /^"offprint list" takes no arguments, but got "everything"\.\n/);
});

test('missing fields show as "-" and whitespace inside a field cannot break the columns', () => {
  const line = formatReviewLine({
    id: 'r1',
    title: 'A title\twith a tab\nand a line break',
    authors: [],
    importedAt: '2024-01-01T00:00:00.000Z',
    referenceCount: 0,
    tags: [],
  });
  assert.equal(line, '-\t-\tA title with a tab and a line break\tr1');
});
