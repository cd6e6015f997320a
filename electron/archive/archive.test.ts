import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { Review } from '../api/contract.ts';
import { Archive, schemaVersion } from './archive.ts';

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'offprint-archive-'));
}

function review(id: string, title: string): Review {
  return {
    id,
    title,
    authors: [{ name: 'Ana Pérez', affiliation: 'Harbour University' }],
    importedAt: '2024-03-05T10:00:00.000Z',
    referenceCount: 1,
    body: 'A paragraph.',
    references: [{ raw: '"Headline", Outlet, 1 March 2024', title: 'Headline', container: 'Outlet' }],
    tags: [],
    contentHash: 'hash',
    provenance: { kind: 'markdown' },
  };
}

test('a new archive folder gets the index, reviews/ and notes/ with default settings', async () => {
  const dir = await tempDir();
  const archive = await Archive.open(dir);
  const index = JSON.parse(await readFile(path.join(dir, 'offprint.json'), 'utf8'));
  assert.equal(index.schemaVersion, schemaVersion);
  assert.deepEqual(index.reviews, []);
  assert.equal(archive.settings.theme, 'system');
  assert.equal(archive.sampleAdded, false);
});

test('a review is stored in its own file and listed from the index after reopening', async () => {
  const dir = await tempDir();
  const archive = await Archive.open(dir);
  await archive.addReview(review('first', 'The first review'));
  await archive.addReview(review('second', 'The second review'));
  const stored = JSON.parse(await readFile(path.join(dir, 'reviews', 'first.json'), 'utf8'));
  assert.equal(stored.body, 'A paragraph.');
  const reopened = await Archive.open(dir);
  assert.deepEqual(
    reopened.listReviews().map((row) => row.title),
    ['The second review', 'The first review'],
  );
  assert.equal((await reopened.getReview('first')).references[0]?.container, 'Outlet');
});

test('the index holds summaries only, not bodies', async () => {
  const dir = await tempDir();
  const archive = await Archive.open(dir);
  await archive.addReview(review('only', 'Only'));
  const index = await readFile(path.join(dir, 'offprint.json'), 'utf8');
  assert.ok(!index.includes('A paragraph.'));
});

test('notes live in notes/<id>.json, and concurrent changes to one review are all kept', async () => {
  const dir = await tempDir();
  const archive = await Archive.open(dir);
  await archive.addReview(review('r1', 'Review'));
  await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      archive.updateNotes('r1', (notes) => ({
        notes: [...notes, { id: `n${i}`, reviewId: 'r1', body: `note ${i}`, createdAt: 'x', updatedAt: 'x' }],
        result: undefined,
      })),
    ),
  );
  const reopened = await Archive.open(dir);
  assert.equal((await reopened.readNotes('r1')).length, 20);
  const file = JSON.parse(await readFile(path.join(dir, 'notes', 'r1.json'), 'utf8'));
  assert.equal(file.notes.length, 20);
});

test('settings changes are merged, validated and kept across reopening', async () => {
  const dir = await tempDir();
  const archive = await Archive.open(dir);
  await archive.updateSettings({ theme: 'sepia' });
  await archive.updateSettings({ fontSize: 22 });
  const reopened = await Archive.open(dir);
  assert.equal(reopened.settings.theme, 'sepia');
  assert.equal(reopened.settings.fontSize, 22);
  await assert.rejects(reopened.updateSettings({ fontSize: 400 }));
  assert.equal(reopened.settings.fontSize, 22);
});

test('an unknown review id gets a plain message', async () => {
  const archive = await Archive.open(await tempDir());
  await assert.rejects(archive.getReview('nope'), { message: 'There is no review with id "nope" in this archive.' });
});

test('a damaged index is reported with its name and left untouched', async () => {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'offprint.json'), '{"schemaVersion": 1, "reviews": [');
  await assert.rejects(
    Archive.open(dir),
    /The file offprint\.json in the archive at .* is damaged \(it is not valid JSON\)/,
  );
  assert.equal(await readFile(path.join(dir, 'offprint.json'), 'utf8'), '{"schemaVersion": 1, "reviews": [');
});

test('a review file with the wrong shape is reported with the field that is wrong', async () => {
  const dir = await tempDir();
  const archive = await Archive.open(dir);
  await archive.addReview(review('bad', 'Bad'));
  await writeFile(path.join(dir, 'reviews', 'bad.json'), JSON.stringify({ id: 'bad', title: 42 }));
  await assert.rejects(archive.getReview('bad'), /reviews\/bad\.json .* is damaged \(title: /);
});

test('a missing review file is reported, not treated as empty', async () => {
  const dir = await tempDir();
  const archive = await Archive.open(dir);
  await archive.addReview(review('gone', 'Gone'));
  const { rm } = await import('node:fs/promises');
  await rm(path.join(dir, 'reviews', 'gone.json'));
  await assert.rejects(archive.getReview('gone'), /The file reviews\/gone\.json is missing/);
});
