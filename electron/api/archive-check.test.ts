import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { checkArchive } from '../archive/archive-check.ts';
import { openLibrary } from './library.ts';

async function healthyArchive() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-check-'));
  const { api, archive } = await openLibrary(dir, { addSample: false });
  const first = await api.importMarkdown({ content: '# First\n\nOne.' });
  const second = await api.importMarkdown({ content: '# Second\n\nTwo.' });
  const note = await api.saveNote({ reviewId: first.id, body: 'older' });
  await api.saveNote({ reviewId: first.id, id: note.id, body: 'newer' });
  await archive.close();
  return { dir, first, second };
}

test('a healthy archive has no problems', async () => {
  const { dir } = await healthyArchive();
  assert.deepEqual(await checkArchive(dir, { repair: false }), { problems: [], repaired: [] });
});

test('without --repair a check changes nothing', async () => {
  const { dir } = await healthyArchive();
  await writeFile(path.join(dir, 'offprint.json'), '\u0000\u0000');
  const before = (await readdir(dir)).sort();
  const report = await checkArchive(dir, { repair: false });
  assert.deepEqual(report.problems, ['offprint.json is damaged (it contains NUL bytes).']);
  assert.deepEqual((await readdir(dir)).sort(), before);
});

test('a damaged index is rebuilt from the review files, keeping the bad file aside', async () => {
  const { dir } = await healthyArchive();
  await writeFile(path.join(dir, 'offprint.json'), '{"schemaVersion": 2, "rev');
  const report = await checkArchive(dir, { repair: true });
  assert.deepEqual(report.problems, []);
  assert.match(
    report.repaired[0] ?? '',
    /^Rebuilt the library index from 2 review file\(s\) \(the damaged file was kept as offprint\.json\.corrupt-.+\)\.$/,
  );
  const { archive } = await openLibrary(dir);
  assert.equal(archive.listReviews().length, 2);
  assert.deepEqual(archive.notices, []);
  await archive.close();
});

test('rows without files and files without rows are reported and reconciled', async () => {
  const { dir, first, second } = await healthyArchive();
  await rename(path.join(dir, 'reviews', `${first.id}.json`), path.join(dir, 'lost.json'));
  await cp(path.join(dir, 'reviews', `${second.id}.json`), path.join(dir, 'reviews', 'copy.json'));
  const orphan = JSON.parse(await readFile(path.join(dir, 'reviews', `${second.id}.json`), 'utf8'));
  await writeFile(
    path.join(dir, 'reviews', 'orphan-1.json'),
    JSON.stringify({ ...orphan, id: 'orphan-1', title: 'Orphan' }),
  );
  const found = await checkArchive(dir, { repair: false });
  assert.deepEqual(found.problems, [
    'reviews/copy.json is damaged (it does not have the expected shape).',
    'The library index does not match reviews/: 1 review(s) are listed but their files are gone or damaged; 1 review file(s) are not in the library.',
  ]);
  const fixed = await checkArchive(dir, { repair: true });
  assert.deepEqual(fixed.problems, []);
  assert.ok(fixed.repaired.includes('Updated the library index: removed 1 row(s), added 1.'));
  const { archive } = await openLibrary(dir);
  assert.deepEqual(
    archive
      .listReviews()
      .map((row) => row.title)
      .sort(),
    ['Orphan', 'Second'],
  );
  await archive.close();
});

test('damaged notes are recovered from their previous version, damaged settings and states reset, stale temp files removed', async () => {
  const { dir, first } = await healthyArchive();
  await writeFile(path.join(dir, 'notes', `${first.id}.json`), '');
  await writeFile(path.join(dir, 'settings.json'), '[]');
  await mkdir(path.join(dir, 'review-states'), { recursive: true });
  await writeFile(path.join(dir, 'review-states', '0a.json'), '{"reviews":');
  await writeFile(path.join(dir, '.tmp', 'offprint.json.99.ab.tmp'), 'half');
  const found = await checkArchive(dir, { repair: false });
  assert.deepEqual(found.problems, [
    'settings.json is damaged (it does not have the expected shape).',
    'review-states/0a.json is damaged (it does not have the expected shape).',
    `notes/${first.id}.json is damaged (it is empty).`,
    '1 unfinished write(s) were left in .tmp/ by a process that stopped.',
  ]);
  const fixed = await checkArchive(dir, { repair: true });
  assert.deepEqual(fixed.problems, []);
  assert.equal(fixed.repaired.length, 4);
  const { api, archive } = await openLibrary(dir);
  assert.equal((await api.listNotes({ reviewId: first.id })).notes[0]?.body, 'older');
  await archive.close();
});

test('an archive of an older version is reported as needing an update, not as damage', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-check-v1-'));
  await cp(new URL('../archive/test-fixtures/archive-v1', import.meta.url), dir, { recursive: true });
  const report = await checkArchive(dir, { repair: true });
  assert.deepEqual(report.problems, ['offprint.json is schema version 1; opening the archive updates it.']);
});
