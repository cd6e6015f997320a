import assert from 'node:assert/strict';
import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { openLibrary } from './library.ts';
import { startLibraryBackups } from './library-backups.ts';

test('turning automatic backups on in the settings makes the first backup beside the archive', async () => {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'offprint-library-backups-'));
  const library = await openLibrary(path.join(parent, 'archive'));
  const stop = startLibraryBackups(library);
  try {
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(await readdir(parent), ['archive']);
    await library.api.updateSettings({ autoBackup: { everyHours: 24, keep: 5 } });
    const folder = path.join(parent, 'archive-backups');
    for (let tries = 0; tries < 100 && (await readdir(folder).catch(() => [])).length === 0; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const made = await readdir(folder);
    assert.equal(made.length, 1);
    assert.match(made[0] ?? '', /^offprint-auto-\d{8}T\d{6}Z\.tar\.gz$/);
  } finally {
    stop();
    await library.close();
  }
});

test('a failing automatic backup reaches the windows as an archive notice', async () => {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'offprint-library-backups-'));
  const library = await openLibrary(path.join(parent, 'archive'));
  const notices: string[] = [];
  library.events.subscribe((event) => {
    if (event.type === 'archive-notice') notices.push(event.payload.notice);
  });
  const blocked = path.join(parent, 'archive', 'settings.json', 'no');
  const stop = startLibraryBackups(library);
  try {
    await library.api.updateSettings({ autoBackup: { everyHours: 24, keep: 5, folder: blocked } });
    for (let tries = 0; tries < 100 && notices.length === 0; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.match(notices[0] ?? '', /Offprint tries again in an hour\.$/);
  } finally {
    stop();
    await library.close();
  }
});
