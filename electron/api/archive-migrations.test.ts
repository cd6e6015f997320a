import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { Archive } from '../archive/archive.ts';
import { schemaVersion } from '../archive/archive-format.ts';
import { openLibrary } from './library.ts';

/** An archive written by Offprint's first release (schema version 1), copied so each test can change it. */
async function versionOneArchive(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-v1-'));
  await cp(new URL('../archive/test-fixtures/archive-v1', import.meta.url), dir, { recursive: true });
  return dir;
}

const talks = '6416f8ba-39bf-444c-94c4-04d7953a612f';

test('a version 1 archive is backed up, then migrated: settings move to their own file, rows gain tags', async () => {
  const dir = await versionOneArchive();
  const original = await readFile(path.join(dir, 'offprint.json'), 'utf8');
  const { api, archive } = await openLibrary(dir);

  const index = JSON.parse(await readFile(path.join(dir, 'offprint.json'), 'utf8'));
  assert.equal(index.schemaVersion, schemaVersion);
  assert.equal(index.settings, undefined);
  assert.deepEqual(index.reviews.find((row: { id: string }) => row.id === talks).tags, ['diplomacy', 'japan']);
  assert.deepEqual(await api.getSettings({}), {
    theme: 'dark',
    fontSize: 21,
    typeface: 'serif',
    lineHeight: 'comfortable',
    lastReviewId: talks,
    window: null,
    fetchRemoteImages: false,
    libraryView: null,
    autoBackup: null,
    libraryFolded: false,
    sidePanelFolded: false,
  });

  const backups = await readdir(path.join(dir, 'backups'));
  const before = backups.find((name) => name.startsWith('before-migration-v1-'));
  assert.ok(before, `a backup of the version 1 index is kept (found: ${backups.join(', ')})`);
  assert.equal(await readFile(path.join(dir, 'backups', before), 'utf8'), original);
  assert.match(
    archive.notices[0] ?? '',
    /^The archive was updated from schema version 1 to 2; a copy of the old index was kept as backups\/before-migration-v1-/,
  );

  assert.equal((await api.listReviews({})).reviews.length, 2, 'the sample review is not added again');
  assert.equal((await api.listNotes({ reviewId: talks })).notes[0]?.body, 'A note written before the upgrade.');
  assert.equal((await api.getReview({ id: talks })).references[0]?.container, 'Example Wire');
  await archive.close();
});

test('a migrated archive opens again without migrating twice', async () => {
  const dir = await versionOneArchive();
  await (await Archive.open(dir)).close();
  const again = await Archive.open(dir);
  assert.deepEqual(again.notices, []);
  assert.equal(
    (await readdir(path.join(dir, 'backups'))).filter((name) => name.startsWith('before-migration')).length,
    1,
  );
  await again.close();
});

test('a version 1 archive opened for reading only is not changed, and says how to update it', async () => {
  const dir = await versionOneArchive();
  const original = await readFile(path.join(dir, 'offprint.json'), 'utf8');
  await assert.rejects(
    Archive.open(dir, { readOnly: true }),
    /uses an older format \(schema version 1\); open it in Offprint once to update it/,
  );
  assert.equal(await readFile(path.join(dir, 'offprint.json'), 'utf8'), original);
});

test('an archive from a newer Offprint opens read-only, lists what it can, and refuses changes with the reason', async () => {
  const dir = await versionOneArchive();
  const current = await Archive.open(dir);
  const rows = current.listReviews();
  await current.close();
  const index = JSON.parse(await readFile(path.join(dir, 'offprint.json'), 'utf8'));
  await writeFile(path.join(dir, 'offprint.json'), JSON.stringify({ ...index, schemaVersion: 7, shelves: [] }));

  const { api, archive } = await openLibrary(dir);
  const reason =
    'This archive was written by a newer Offprint (schema version 7; this one understands 2). It is open for reading only; update Offprint to change it.';
  assert.equal(archive.readOnlyReason, reason);
  assert.deepEqual((await api.getArchiveStatus({})).readOnlyReason, reason);
  assert.equal((await api.listReviews({})).reviews.length, rows.length);
  await assert.rejects(api.saveNote({ reviewId: talks, body: 'x' }), { message: reason });
  await assert.rejects(api.updateSettings({ theme: 'light' }), { message: reason });
  assert.equal(JSON.parse(await readFile(path.join(dir, 'offprint.json'), 'utf8')).schemaVersion, 7);
  await archive.close();
});
