import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { Archive } from './archive.ts';
import {
  keptSnapshots,
  listIndexSnapshots,
  readIndexSnapshot,
  recentSnapshotIntervalMs,
  snapshotIndex,
} from './index-snapshots.ts';
import { review } from './test-support/review-fixture.ts';

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'offprint-backups-'));
}

const index = (titles: string[]) =>
  JSON.stringify({
    schemaVersion: 2,
    sampleAdded: true,
    reviews: titles.map((title, i) => ({
      id: `r${i}`,
      title,
      authors: [],
      importedAt: '2024-01-01T00:00:00.000Z',
      referenceCount: 0,
      tags: [],
    })),
  });

test("changing the index leaves a verified recent copy and the day's copy in backups/", async () => {
  const dir = await tempDir();
  const archive = await Archive.open(dir);
  await archive.addReview(review('r1', 'First'));
  const backups = await listIndexSnapshots(dir);
  assert.deepEqual(backups.map((backup) => backup.kind).sort(), ['daily', 'recent']);
  for (const backup of backups) {
    const copy = JSON.parse(await readFile(path.join(dir, 'backups', backup.name), 'utf8'));
    assert.equal(copy.reviews.length, 1);
  }
  await archive.close();
});

test('recent copies are made at most once per interval, and old ones rotate out', async () => {
  const dir = await tempDir();
  const start = Date.parse('2024-03-01T08:00:00.000Z');
  const day = 24 * 60 * 60 * 1000;
  for (let i = 0; i < 20; i++) {
    const now = new Date(start + i * day);
    await snapshotIndex(dir, index([`state ${i}`]), now);
  }
  const backups = await listIndexSnapshots(dir);
  assert.equal(backups.filter((backup) => backup.kind === 'recent').length, keptSnapshots.recent);
  assert.equal(backups.filter((backup) => backup.kind === 'daily').length, keptSnapshots.daily);
  assert.equal((await readIndexSnapshot(dir, backups[0]?.name ?? '')).reviews[0]?.title, 'state 19');

  const soon = new Date(start + 19 * day + recentSnapshotIntervalMs / 2);
  assert.deepEqual(await snapshotIndex(dir, index(['too soon']), soon), []);
});

test('an index that would not read back is never kept as a backup', async () => {
  const dir = await tempDir();
  await assert.rejects(snapshotIndex(dir, '{"not": "an index"}'), /did not read back correctly and was removed/);
  assert.deepEqual(await readdir(path.join(dir, 'backups')), []);
});

test('restoring a backup brings its rows back, adds reviews found on disk and drops those whose files are gone', async () => {
  const dir = await tempDir();
  const archive = await Archive.open(dir);
  const first = review('r1', 'First');
  await archive.addReview(first);
  await archive.setTags(first.id, ['kept']);
  const [backup] = await listIndexSnapshots(dir);
  const second = review('r2', 'Second');
  await archive.addReview(second);
  await archive.close();
  // The index loses everything; the backup still knows the first review.
  await writeFile(path.join(dir, 'offprint.json'), index([]));

  const reopened = await Archive.open(dir);
  assert.deepEqual(reopened.listReviews(), []);
  const counts = await reopened.restoreBackup(backup?.name ?? '');
  assert.deepEqual(counts, { restored: 1, added: 1, dropped: 0 });
  assert.deepEqual(
    reopened
      .listReviews()
      .map((row) => row.id)
      .sort(),
    [first.id, second.id].sort(),
  );
  await reopened.close();
});

test('restoring a backup that does not exist or is damaged says so and changes nothing', async () => {
  const dir = await tempDir();
  const archive = await Archive.open(dir);
  await assert.rejects(archive.restoreBackup('offprint-nope.json'), /There is no backup named "offprint-nope\.json"/);
  await writeFile(path.join(dir, 'backups', 'daily-2020-01-01.json'), '{');
  await assert.rejects(
    archive.restoreBackup('daily-2020-01-01.json'),
    /The backup "daily-2020-01-01\.json" is damaged; choose another one\./,
  );
  await archive.close();
});
