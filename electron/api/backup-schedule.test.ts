import assert from 'node:assert/strict';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { verifyArchiveBackup } from '../archive/backup/archive-backup.ts';
import {
  automaticBackupFolder,
  automaticBackupName,
  backupsToRemove,
  isBackupDue,
  listAutomaticBackups,
  msUntilNextBackup,
  readAutomaticBackupName,
  runAutomaticBackup,
} from '../archive/backup/backup-schedule.ts';
import { filledArchive } from './test-support/filled-archive.ts';

const hour = 3_600_000;
const daily = { everyHours: 24, keep: 3 };
const noon = new Date('2026-11-27T12:00:00Z');

test('a backup is due when none exists, when the newest is old enough, or when the clock went back', () => {
  assert.equal(isBackupDue(daily, null, noon), true);
  assert.equal(isBackupDue(daily, new Date(noon.getTime() - 23 * hour), noon), false);
  assert.equal(isBackupDue(daily, new Date(noon.getTime() - 24 * hour), noon), true);
  assert.equal(isBackupDue(daily, new Date(noon.getTime() + hour), noon), true);
});

test('the time until the next backup counts down from the newest one', () => {
  assert.equal(msUntilNextBackup(daily, new Date(noon.getTime() - 20 * hour), noon), 4 * hour);
  assert.equal(msUntilNextBackup(daily, null, noon), 0);
});

test('automatic backup names carry their time in UTC and read back; other names are not backups', () => {
  const name = automaticBackupName(noon);
  assert.equal(name, 'offprint-auto-20261127T120000Z.tar.gz');
  assert.deepEqual(readAutomaticBackupName(name), noon);
  for (const other of ['offprint-backup-2026-11-27-1200.tar.gz', 'offprint-auto-20261327T120000Z.tar.gz', 'x']) {
    assert.equal(readAutomaticBackupName(other), null, other);
  }
});

test('rotation keeps the newest N and removes the rest, and always keeps at least one', () => {
  const backups = [3, 2, 1, 0].map((days) => ({
    name: `b${days}`,
    createdAt: new Date(noon.getTime() - days * 24 * hour),
  }));
  assert.deepEqual(
    backupsToRemove(backups, 2).map((backup) => backup.name),
    ['b1', 'b0'],
  );
  assert.deepEqual(backupsToRemove(backups, 10), []);
  assert.equal(backupsToRemove(backups, 0).length, 3);
});

test('automatic backups go beside the archive unless the reader chose a folder', () => {
  assert.equal(automaticBackupFolder('/home/r/archive', daily), '/home/r/archive-backups');
  assert.equal(
    automaticBackupFolder('/home/r/archive', { ...daily, folder: '/mnt/usb/offprint' }),
    '/mnt/usb/offprint',
  );
});

test('a due automatic backup is written and verified, old ones beyond the number kept are removed', async () => {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'offprint-schedule-'));
  const { dir } = await filledArchive(parent);
  const folder = path.join(parent, 'auto');
  const setting = { everyHours: 24, keep: 2, folder };
  const days = [0, 1, 2, 3].map((day) => new Date(noon.getTime() + day * 24 * hour));
  const [, second, third, fourth] = days as [Date, Date, Date, Date];
  const removed: string[][] = [];
  for (const now of days) {
    const made = await runAutomaticBackup(dir, setting, { now });
    assert.ok(made);
    removed.push(made.removed);
    assert.equal(made.backup.outFile, path.join(folder, automaticBackupName(now)));
  }
  assert.equal(await runAutomaticBackup(dir, setting, { now: new Date(fourth.getTime() + hour) }), null);
  assert.deepEqual(removed, [[], [], [automaticBackupName(noon)], [automaticBackupName(second)]]);
  await writeFile(path.join(folder, 'notes.txt'), 'the reader’s own file stays');
  const left = await listAutomaticBackups(folder);
  assert.deepEqual(
    left.map((backup) => backup.name),
    [automaticBackupName(fourth), automaticBackupName(third)],
  );
  for (const backup of left) await verifyArchiveBackup(path.join(folder, backup.name));
  assert.ok((await readdir(folder)).includes('notes.txt'));
  assert.deepEqual(await listAutomaticBackups(path.join(parent, 'none')), []);
});
