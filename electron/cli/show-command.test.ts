import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { openLibrary } from '../api/library.ts';
import type { Review } from '../model/review.ts';
import { memoryIo } from './cli-io.ts';
import { runCli } from './run-cli.ts';
import { formatReview } from './show-command.ts';

/** A new archive and the id of the sample review in it. */
async function archiveWithSample(): Promise<{ dir: string; id: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-show-'));
  const { api, archive } = await openLibrary(dir);
  const id = (await api.listReviews({})).reviews[0]?.id ?? '';
  await archive.close();
  return { dir, id };
}

test('show prints the header, the Markdown text as is and the numbered references', async () => {
  const { dir, id } = await archiveWithSample();
  const io = memoryIo();
  assert.equal(await runCli(['show', id, '--archive', dir], io), 0);
  const text = io.out();
  assert.ok(
    text.startsWith(
      'How the coastal papers covered the harbour strike\n' +
        'A sample review that ships with Offprint\n' +
        'Weekly Media Review #12, 2024-03-04\n' +
        'By Mara Lindqvist (Centre for Press Studies, University of Aldmere)\n\n' +
        'This week the regional press',
    ),
    text,
  );
  assert.match(text, /_Who pays when the cranes stop\?_/);
  assert.match(text, /\n\nReferences\n1\. Tomas Brandt, "Dock workers walk out over night shifts", /);
  assert.match(text, /\n5\. This list is a sample: every outlet and person in it is invented\.\n$/);
});

test('show --json prints the whole review', async () => {
  const { dir, id } = await archiveWithSample();
  const io = memoryIo();
  assert.equal(await runCli(['show', '--json', id, '--archive', dir], io), 0);
  const review = JSON.parse(io.out()) as Review;
  assert.equal(review.id, id);
  assert.equal(review.references.length, 5);
});

test('an unknown id fails with one line and exit code 1', async () => {
  const { dir } = await archiveWithSample();
  const io = memoryIo();
  assert.equal(await runCli(['show', 'no-such-review', '--archive', dir], io), 1);
  assert.equal(io.err(), 'There is no review with id "no-such-review" in this archive.\n');
});

test('an id that could never exist is refused by the contract with one line', async () => {
  const { dir } = await archiveWithSample();
  const io = memoryIo();
  assert.equal(await runCli(['show', '../offprint', '--archive', dir], io), 1);
  assert.match(io.err(), /^Invalid input for getReview \(id\): [^\n]+\n$/);
});

test('show needs exactly one id', async () => {
  const { dir, id } = await archiveWithSample();
  const none = memoryIo();
  assert.equal(await runCli(['show', '--archive', dir], none), 2);
  assert.match(none.err(), /^Name the review to show: /);
  const two = memoryIo();
  assert.equal(await runCli(['show', id, id, '--archive', dir], two), 2);
  assert.match(two.err(), /^"offprint show" shows one review, /);
});

test('a review without references or byline prints only what it has', () => {
  const review: Review = {
    id: 'r1',
    title: 'Plain',
    authors: [],
    importedAt: '2024-01-01T00:00:00.000Z',
    referenceCount: 0,
    body: 'Just text.\n',
    references: [],
    tags: [],
    contentHash: 'x',
    provenance: { kind: 'markdown' },
  };
  assert.equal(formatReview(review), 'Plain\n\nJust text.\n');
});
