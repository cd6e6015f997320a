import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { Archive } from '../archive/archive.ts';
import { OffprintError } from '../model/offprint-error.ts';
import { type ImportJob, reasonOf, runImportBatch } from './import-batch.ts';
import { prepareDraft, prepareImport } from './import-pipeline.ts';
import { fetchedSource } from './import-source.ts';
import { importMarkdown } from './markdown-import.ts';

async function openArchive(): Promise<Archive> {
  return Archive.open(await mkdtemp(path.join(os.tmpdir(), 'offprint-import-batch-')));
}

/** A job that imports `content` as the Markdown file `name`. */
function markdownJob(name: string, content: string): ImportJob {
  return {
    name,
    prepare: async () => prepareDraft(importMarkdown(content, name), { kind: 'markdown', fileName: name }),
  };
}

const review = (title: string, body = 'The papers read the talks as a story about survival.') =>
  `---\ntitle: ${title}\nseries: Weekly Review\nissue: 7\n---\n\n${body}\n`;

test('the same content twice in one run lands once; the second is a duplicate of the first', async () => {
  const archive = await openArchive();
  const summary = await runImportBatch(archive, [
    markdownJob('a.md', review('Talks')),
    markdownJob('b.md', review('Talks')),
  ]);
  assert.equal(summary.imported.length, 1);
  assert.deepEqual(summary.duplicates, [{ name: 'b.md', existingId: summary.imported[0]?.id }]);
});

test('changed versions in one run chain in the order given, each pointing at the one before', async () => {
  const archive = await openArchive();
  const summary = await runImportBatch(archive, [
    markdownJob('v1.md', review('Talks', 'First.')),
    markdownJob('v2.md', review('Talks', 'Second.')),
    markdownJob('v3.md', review('Talks', 'Third.')),
  ]);
  const ids = summary.imported.map((row) => row.id);
  const previous = await Promise.all(ids.map(async (id) => (await archive.getReview(id)).previousVersionId));
  assert.deepEqual(previous, [undefined, ids[0], ids[1]]);
  assert.deepEqual(summary.notices, [
    '2 reviews were imported as a new version of one already in the archive; notes stay with the version they were written on.',
  ]);
});

test('more reviews than one batch all land, in order, with progress for each', async () => {
  const archive = await openArchive();
  const jobs = Array.from({ length: 250 }, (_, i) => markdownJob(`r${i}.md`, `# Review ${i}\n\nText ${i}.\n`));
  const done: number[] = [];
  const added: string[] = [];
  const summary = await runImportBatch(archive, jobs, {
    onProgress: (progress) => done.push(progress.done),
    onAdded: (row) => added.push(row.title),
  });
  assert.equal(summary.imported.length, 250);
  assert.deepEqual(
    done,
    jobs.map((_, i) => i + 1),
  );
  assert.deepEqual(
    added,
    jobs.map((_, i) => `Review ${i}`),
  );
  assert.deepEqual(
    archive
      .listReviews()
      .map((row) => row.title)
      .reverse(),
    added,
  );
});

test('a failure in one source is its line; an unexpected error still names the file', async () => {
  const archive = await openArchive();
  const summary = await runImportBatch(archive, [
    markdownJob('empty.md', ''),
    { name: 'broken.md', prepare: async () => Promise.reject(new TypeError('x is undefined')) },
    markdownJob('good.md', '# Good\n\nText.\n'),
  ]);
  assert.deepEqual(summary.failed, [
    { name: 'empty.md', reason: 'it is empty.' },
    { name: 'broken.md', reason: 'it could not be imported (x is undefined).' },
  ]);
  assert.equal(summary.imported.length, 1);
});

test('a review added before the index kept content hashes is still found as a duplicate', async () => {
  const archive = await openArchive();
  const first = await runImportBatch(archive, [markdownJob('a.md', review('Talks'))]);
  await archive.close();
  const indexFile = path.join(archive.dir, 'offprint.json');
  const index = JSON.parse(await readFile(indexFile, 'utf8'));
  for (const row of index.reviews) delete row.contentHash;
  await writeFile(indexFile, JSON.stringify(index));
  const reopened = await Archive.open(archive.dir);
  const again = await runImportBatch(reopened, [markdownJob('a.md', review('Talks'))]);
  assert.deepEqual(again.duplicates, [{ name: 'a.md', existingId: first.imported[0]?.id }]);
  const changed = await runImportBatch(reopened, [markdownJob('a.md', review('Talks', 'Changed.'))]);
  const id = changed.imported[0]?.id ?? '';
  assert.equal((await reopened.getReview(id)).previousVersionId, first.imported[0]?.id);
});

test('an address that does not answer in time fails with one line, and nothing is stored', async (t) => {
  const server = createServer(() => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => {
    server.closeAllConnections();
    server.close();
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow`;
  const archive = await openArchive();
  const summary = await runImportBatch(archive, [
    { name: url, prepare: async () => prepareImport(await fetchedSource(url, { timeoutMs: 200 })) },
  ]);
  assert.equal(summary.failed[0]?.name, url);
  assert.match(summary.failed[0]?.reason ?? '', /^it did not answer within/);
  assert.deepEqual(await readdir(path.join(archive.dir, 'reviews')), []);
});

test('the reason of an import error is the part after the file name, on one line', () => {
  assert.equal(reasonOf(new OffprintError('invalid-input', 'Cannot import "a: b.md": it is empty.')), 'it is empty.');
  assert.equal(reasonOf('Could not save x.json: the disk is full.'), 'Could not save x.json: the disk is full.');
  assert.equal(reasonOf(new Error('first line\nsecond line')), 'it could not be imported (first line).');
});
