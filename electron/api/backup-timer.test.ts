import assert from 'node:assert/strict';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { AutoBackupSetting } from '../archive/backup/backup-schedule.ts';
import { retryAfterMs, startAutomaticBackups } from '../archive/backup/backup-timer.ts';
import { openLibrary } from './library.ts';

/** A timer the test fires by hand: what was set, and for how long. */
function handTimers() {
  const set: Array<{ run: () => void; ms: number; cleared: boolean }> = [];
  return {
    set,
    setTimer: (run: () => void, ms: number) => {
      const timer = {
        run: () => {
          timer.cleared = true;
          run();
        },
        ms,
        cleared: false,
      };
      set.push(timer);
      return timer;
    },
    clearTimer: (timer: unknown) => {
      (timer as { cleared: boolean }).cleared = true;
    },
    live: () => set.filter((timer) => !timer.cleared),
  };
}

async function archiveFolder(): Promise<{ dir: string; folder: string }> {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'offprint-backup-timer-'));
  const dir = path.join(parent, 'archive');
  const { archive } = await openLibrary(dir);
  await archive.close();
  return { dir, folder: path.join(parent, 'backups') };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

test('with no backup yet one is made at once, and the next is set for everyHours later', async () => {
  const { dir, folder } = await archiveFolder();
  const setting: AutoBackupSetting = { everyHours: 24, keep: 3, folder };
  const timers = handTimers();
  const clock = new Date('2026-11-27T08:00:00Z');
  const failures: string[] = [];
  const backups = startAutomaticBackups({
    archiveDir: dir,
    setting: () => setting,
    onFailure: (notice) => failures.push(notice),
    now: () => clock,
    ...timers,
  });
  await settle();
  assert.deepEqual(
    timers.live().map((timer) => timer.ms),
    [0],
  );
  timers.live()[0]?.run();
  await new Promise((resolve) => setTimeout(resolve, 1500));
  assert.deepEqual(await readdir(folder), ['offprint-auto-20261127T080000Z.tar.gz']);
  assert.deepEqual(
    timers.live().map((timer) => timer.ms),
    [24 * 3_600_000],
  );
  assert.deepEqual(failures, []);
  backups.stop();
  assert.deepEqual(timers.live(), []);
});

test('turned off, no timer is set; turned on again, reschedule sets one', async () => {
  const { dir, folder } = await archiveFolder();
  let setting: AutoBackupSetting | null = null;
  const timers = handTimers();
  const backups = startAutomaticBackups({ archiveDir: dir, setting: () => setting, onFailure: () => {}, ...timers });
  await settle();
  assert.deepEqual(timers.live(), []);
  setting = { everyHours: 1, keep: 1, folder };
  await backups.reschedule();
  assert.equal(timers.live().length, 1);
  setting = null;
  await backups.reschedule();
  assert.deepEqual(timers.live(), []);
});

test('a backup that fails, or a folder that cannot be read, is told in plain words and tried again an hour later', async () => {
  const { dir, folder } = await archiveFolder();
  const timers = handTimers();
  const failures: string[] = [];
  startAutomaticBackups({
    archiveDir: path.join(dir, 'gone'),
    setting: () => ({ everyHours: 24, keep: 3, folder }),
    onFailure: (notice) => failures.push(notice),
    ...timers,
  });
  await settle();
  timers.live()[0]?.run();
  await settle();
  assert.equal(failures.length, 1);
  assert.match(failures[0] ?? '', /^The automatic backup failed \(.+\); Offprint tries again in an hour\.$/);
  assert.deepEqual(
    timers.live().map((timer) => timer.ms),
    [retryAfterMs],
  );

  await writeFile(path.join(folder, '..', 'a-file'), 'not a folder');
  const unreadable = handTimers();
  const told: string[] = [];
  startAutomaticBackups({
    archiveDir: dir,
    setting: () => ({ everyHours: 24, keep: 3, folder: path.join(folder, '..', 'a-file', 'inside') }),
    onFailure: (notice) => told.push(notice),
    ...unreadable,
  });
  await settle();
  assert.match(
    told[0] ?? '',
    /^The backup folder .*inside cannot be read \(.*ENOTDIR.*\); Offprint tries again in an hour\.$/,
  );
  assert.deepEqual(
    unreadable.live().map((timer) => timer.ms),
    [retryAfterMs],
  );
});
