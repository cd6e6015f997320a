import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, open, readdir, readFile, rm, rmdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type TestContext, test } from 'node:test';
import { promisify } from 'node:util';
import { OffprintError } from '../model/offprint-error.ts';
import { type Library, openLibrary } from './library.ts';

const run = promisify(execFile);

/** A small tmpfs mounted on a fresh folder; null (with the reason) where this machine cannot mount one. */
async function mountSmallDisk(t: TestContext): Promise<string | null> {
  const mountPoint = await mkdtemp(path.join(os.tmpdir(), 'offprint-disk-'));
  try {
    await run('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mountPoint]);
  } catch (error) {
    await rmdir(mountPoint);
    const reason = `cannot mount a small tmpfs here (${(error as Error).message.trim()}); needs root on Linux`;
    t.diagnostic(reason);
    t.skip(reason);
    return null;
  }
  t.after(async () => {
    await run('umount', ['-l', mountPoint]);
    await rmdir(mountPoint);
  });
  return mountPoint;
}

/** An archive on the small disk with one review and two saved notes (so `<id>.json.prev` exists too). */
async function archiveWithNotes(mountPoint: string): Promise<{ library: Library; reviewId: string }> {
  const library = await openLibrary(path.join(mountPoint, 'archive'), { addSample: false });
  const review = await library.api.importMarkdown({ content: '# On a small disk\n\nThe text.\n' });
  await library.api.saveNote({ reviewId: review.id, body: 'The first note.' });
  await library.api.saveNote({ reviewId: review.id, body: 'The second note.' });
  return { library, reviewId: review.id };
}

/** The bytes of the notes file and its previous version, to compare after a failed save. */
async function notesFiles(dir: string, reviewId: string): Promise<Buffer[]> {
  const file = path.join(dir, 'notes', `${reviewId}.json`);
  return Promise.all([readFile(file), readFile(`${file}.prev`)]);
}

/** Writes a filler file until the disk refuses with ENOSPC. */
async function fillDisk(file: string): Promise<void> {
  const handle = await open(file, 'w');
  const chunk = Buffer.alloc(4096, 0x61);
  try {
    for (;;) await handle.write(chunk);
  } catch (error) {
    assert.equal((error as NodeJS.ErrnoException).code, 'ENOSPC');
  } finally {
    await handle.close();
  }
}

/** Runs `check` on an archive with notes on a small disk of its own, skipped where no such disk can be mounted. */
async function onSmallDisk(
  t: TestContext,
  check: (library: Library, reviewId: string, mountPoint: string) => Promise<void>,
): Promise<void> {
  const mountPoint = await mountSmallDisk(t);
  if (!mountPoint) return;
  const { library, reviewId } = await archiveWithNotes(mountPoint);
  try {
    await check(library, reviewId, mountPoint);
  } finally {
    await library.archive.close();
  }
}

/** Saving `body` is refused with an OffprintError that says exactly `message`. */
async function assertSaveRefused(library: Library, reviewId: string, body: string, message: string): Promise<void> {
  await assert.rejects(library.api.saveNote({ reviewId, body }), (error) => {
    assert.ok(error instanceof OffprintError);
    assert.equal(error.message, message);
    return true;
  });
}

/** Saving works again: the review's notes are the two saved before, then `body`. */
async function assertSavesAgain(library: Library, reviewId: string, body: string): Promise<void> {
  await library.api.saveNote({ reviewId, body });
  const { notes } = await library.api.listNotes({ reviewId });
  assert.deepEqual(
    notes.map((note) => note.body),
    ['The first note.', 'The second note.', body],
  );
}

async function saveOnFullDisk(library: Library, reviewId: string, mountPoint: string): Promise<void> {
  const dir = library.archive.dir;
  const before = await notesFiles(dir, reviewId);
  const filler = path.join(mountPoint, 'filler');
  await fillDisk(filler);

  await assertSaveRefused(
    library,
    reviewId,
    'x'.repeat(300_000),
    `Could not save ${reviewId}.json: the disk is full. Free some space and try again. The previous version is unchanged.`,
  );
  assert.deepEqual(await notesFiles(dir, reviewId), before);
  assert.deepEqual(await readdir(path.join(dir, '.tmp')), []);

  await rm(filler);
  await assertSavesAgain(library, reviewId, 'Saved once there was room.');
}

async function saveOnReadOnlyDisk(library: Library, reviewId: string, mountPoint: string): Promise<void> {
  const dir = library.archive.dir;
  const before = await notesFiles(dir, reviewId);
  // The note counts are written in the background; they finish before the disk turns read-only.
  await library.archive.states.settle();

  await run('mount', ['-o', 'remount,ro', mountPoint]);
  try {
    await assertSaveRefused(
      library,
      reviewId,
      'Not on a read-only disk.',
      `Could not save ${reviewId}.json: the archive folder ${path.join(dir, 'notes')} is on a read-only disk. The previous version is unchanged.`,
    );
    assert.deepEqual(await notesFiles(dir, reviewId), before);
  } finally {
    await run('mount', ['-o', 'remount,rw', mountPoint]);
  }

  assert.deepEqual(await readdir(path.join(dir, '.tmp')), []);
  await assertSavesAgain(library, reviewId, 'Saved once the disk was writable.');
}

const onSmallDiskTimeout = { timeout: 30_000 };

test(
  'a save on a full disk fails with a plain message, keeps the previous notes, and works once there is room',
  onSmallDiskTimeout,
  (t) => onSmallDisk(t, saveOnFullDisk),
);

test(
  'a save on a disk remounted read-only fails with a plain message, and works once it is writable',
  onSmallDiskTimeout,
  (t) => onSmallDisk(t, saveOnReadOnlyDisk),
);
