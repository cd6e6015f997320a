import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { Archive, schemaVersion } from './archive.ts';
import { review } from './test-support/review-fixture.ts';

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'offprint-archive-'));
}

test('a new archive folder gets the index, its folders and default settings', async () => {
  const dir = await tempDir();
  const archive = await Archive.open(dir);
  const index = JSON.parse(await readFile(path.join(dir, 'offprint.json'), 'utf8'));
  assert.equal(index.schemaVersion, schemaVersion);
  assert.deepEqual(index.reviews, []);
  assert.deepEqual((await readdir(dir)).sort(), [
    '.lock',
    '.tmp',
    'backups',
    'notes',
    'offprint.json',
    'reviews',
    'trash',
  ]);
  assert.equal(archive.settings.theme, 'system');
  assert.equal(archive.sampleAdded, false);
});

test('a review is stored in its own file and listed from the index after reopening', async () => {
  const dir = await tempDir();
  const archive = await Archive.open(dir);
  await archive.addReview(review('first', 'The first review'));
  await archive.addReview(review('second', 'The second review'));
  await archive.close();
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
  await archive.close();
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
  await archive.close();
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

test('a missing review file is reported, not treated as empty', async () => {
  const dir = await tempDir();
  const archive = await Archive.open(dir);
  await archive.addReview(review('gone', 'Gone'));
  await rm(path.join(dir, 'reviews', 'gone.json'));
  await assert.rejects(archive.getReview('gone'), /The file reviews\/gone\.json is missing/);
});

test('settings live in their own small file, so changing them never rewrites the index', async () => {
  const dir = await tempDir();
  const archive = await Archive.open(dir);
  await archive.addReview(review('r1', 'Review'));
  const indexBefore = await readFile(path.join(dir, 'offprint.json'), 'utf8');
  await archive.updateSettings({ lastReviewId: 'r1' });
  assert.equal(await readFile(path.join(dir, 'offprint.json'), 'utf8'), indexBefore);
  assert.equal(JSON.parse(await readFile(path.join(dir, 'settings.json'), 'utf8')).lastReviewId, 'r1');
});

test("saving a note writes only that review's notes file", async () => {
  const dir = await tempDir();
  const archive = await Archive.open(dir);
  await archive.addReview(review('r1', 'Review'));
  const indexBefore = await readFile(path.join(dir, 'offprint.json'), 'utf8');
  await archive.updateNotes('r1', () => ({
    notes: [{ id: 'n1', reviewId: 'r1', body: 'x', createdAt: 'x', updatedAt: 'x' }],
    result: undefined,
  }));
  assert.equal(await readFile(path.join(dir, 'offprint.json'), 'utf8'), indexBefore);
});

test('tags are kept in the review file and its index row', async () => {
  const dir = await tempDir();
  const archive = await Archive.open(dir);
  await archive.addReview(review('r1', 'Review'));
  const row = await archive.setTags('r1', ['korea', 'japan', 'korea']);
  assert.deepEqual(row.tags, ['korea', 'japan']);
  assert.deepEqual((await archive.getReview('r1')).tags, ['korea', 'japan']);
  await archive.close();
  assert.deepEqual((await Archive.open(dir)).findReview('r1')?.tags, ['korea', 'japan']);
});

test('a review moved to the trash leaves the library, keeps its notes, and comes back whole', async () => {
  const dir = await tempDir();
  const archive = await Archive.open(dir);
  await archive.addReview(review('r1', 'Review'));
  await archive.updateNotes('r1', () => ({
    notes: [{ id: 'n1', reviewId: 'r1', body: 'kept', createdAt: 'x', updatedAt: 'x' }],
    result: undefined,
  }));
  await archive.moveToTrash('r1');
  assert.equal(archive.hasReview('r1'), false);
  assert.deepEqual(await readdir(path.join(dir, 'trash')), ['r1.json']);
  assert.deepEqual(
    (await archive.listTrash()).map((row) => row.id),
    ['r1'],
  );
  await archive.restoreFromTrash('r1');
  assert.equal((await archive.getReview('r1')).title, 'Review');
  assert.equal((await archive.readNotes('r1'))[0]?.body, 'kept');
  await assert.rejects(archive.restoreFromTrash('r1'), /already in the library/);
  await assert.rejects(archive.restoreFromTrash('nope'), /There is no review with id "nope" in the trash/);
  await assert.rejects(archive.moveToTrash('nope'), /There is no review with id "nope"/);
});

test('an archive opened for reading only takes no lock and refuses every change with the reason', async () => {
  const dir = await tempDir();
  const writer = await Archive.open(dir);
  await writer.addReview(review('r1', 'Review'));
  const reader = await Archive.open(dir, { readOnly: true });
  assert.equal((await reader.getReview('r1')).title, 'Review');
  await assert.rejects(reader.updateSettings({ theme: 'dark' }), /opened for reading only/);
  await assert.rejects(reader.addReview(review('r2', 'Other')), /opened for reading only/);
  await writer.close();
});

test('a second writer in the same process is refused while the first holds the archive', async () => {
  const dir = await tempDir();
  const first = await Archive.open(dir);
  await assert.rejects(Archive.open(dir), new RegExp(`is open in another Offprint process \\(pid ${process.pid}\\)`));
  await first.close();
  await (await Archive.open(dir)).close();
});
