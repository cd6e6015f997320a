import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readFile, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { Archive } from './archive.ts';
import { ArchiveLockedError } from './archive-lock.ts';
import { bundleChild } from './test-support/bundle-child.ts';
import { startNodeChild, type WatchedChild } from './test-support/watched-child.ts';

let work = '';
let holdArchive = '';
let raceForLock = '';

before(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'offprint-lock-'));
  holdArchive = await bundleChild(new URL('./test-support/hold-archive.ts', import.meta.url), work);
  raceForLock = await bundleChild(new URL('./test-support/race-for-lock.ts', import.meta.url), work);
});

after(() => rm(work, { recursive: true, force: true }));

async function newArchiveDir(): Promise<string> {
  const dir = await mkdtemp(path.join(work, 'archive-'));
  await mkdir(dir, { recursive: true });
  return dir;
}

/** The pid of a process that has run and exited (and been reaped), so no process has it now. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await once(child, 'exit');
  assert.ok(child.pid);
  return child.pid;
}

async function writeLock(dir: string, record: { pid: number; host: string }): Promise<string> {
  const text = JSON.stringify({ ...record, since: new Date().toISOString() });
  await writeFile(path.join(dir, '.lock'), text);
  return text;
}

/** A lock file that does not name its holder, last changed ten seconds ago. */
async function writeOldGarbledLock(dir: string, content: string): Promise<void> {
  const file = path.join(dir, '.lock');
  await writeFile(file, content);
  const old = new Date(Date.now() - 10_000);
  await utimes(file, old, old);
}

async function lockPid(dir: string): Promise<number | undefined> {
  return (JSON.parse(await readFile(path.join(dir, '.lock'), 'utf8')) as { pid?: number }).pid;
}

function lockedMessage(dir: string, pid: number): string {
  return `The archive at ${dir} is open in another Offprint process (pid ${pid}). Close it first, or run the command again with --wait.`;
}

test('while another process holds the archive, a writer is refused, a reader gets in, and a waiter gets it after', {
  timeout: 60_000,
}, async (t) => {
  const dir = await newArchiveDir();
  const holder = startNodeChild(holdArchive, [dir]);
  t.after(() => holder.process.kill('SIGKILL'));
  await holder.waitForLine('ready');
  const pid = holder.process.pid ?? 0;

  await assert.rejects(Archive.open(dir), (error) => {
    assert.ok(error instanceof ArchiveLockedError);
    assert.equal(error.message, lockedMessage(dir, pid));
    assert.equal(error.pid, pid);
    return true;
  });

  const reader = await Archive.open(dir, { readOnly: true });
  assert.equal(reader.listReviews().length, 1);
  assert.ok(reader.readOnlyReason);
  await reader.close();
  assert.equal(await lockPid(dir), pid, 'a reader leaves the writer its lock');

  const told: number[] = [];
  let settled = false;
  let noteTold = (): void => undefined;
  const waitingBegan = new Promise<void>((resolve) => {
    noteTold = resolve;
  });
  const opened = Archive.open(dir, {
    wait: true,
    onWait: (holderPid) => {
      told.push(holderPid);
      noteTold();
    },
  });
  opened.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  await waitingBegan;
  assert.equal(settled, false, 'the waiter must not get in while the holder still runs');
  holder.process.stdin.end();
  const archive = await opened;
  t.after(() => archive.close());
  const end = await holder.ended;
  assert.equal(end.code, 0, end.stderr);
  assert.deepEqual(told, [pid]);
  assert.equal(await lockPid(dir), process.pid);

  const saved = holder.lines.filter((line) => line.startsWith('saved '));
  assert.equal(saved.length, 8);
  for (const line of saved) {
    const [, reviewId = '', noteId, ...body] = line.split(' ');
    const note = (await archive.readNotes(reviewId)).find((candidate) => candidate.id === noteId);
    assert.equal(note?.body, body.join(' '), `the note saved by the holder as "${line}" is missing`);
  }
});

test('a lock left by a process that no longer runs is taken over', { timeout: 30_000 }, async () => {
  const dir = await newArchiveDir();
  await writeLock(dir, { pid: await deadPid(), host: os.hostname() });
  const archive = await Archive.open(dir);
  assert.equal(await lockPid(dir), process.pid);
  await archive.close();
  await assert.rejects(readFile(path.join(dir, '.lock')), { code: 'ENOENT' });
});

test('a lock whose pid now belongs to a program started after the lock was written is taken over', {
  timeout: 30_000,
  skip: process.platform === 'linux' ? false : 'process start times are read from /proc, on Linux only',
}, async () => {
  const dir = await newArchiveDir();
  const stranger = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
  try {
    assert.ok(stranger.pid);
    const anHourAgo = new Date(Date.now() - 3_600_000).toISOString();
    await writeFile(
      path.join(dir, '.lock'),
      JSON.stringify({ pid: stranger.pid, host: os.hostname(), since: anHourAgo }),
    );
    const archive = await Archive.open(dir);
    assert.equal(await lockPid(dir), process.pid);
    await archive.close();
  } finally {
    stranger.kill();
  }
});

test('a lock held by a live process that started before it wrote the lock is respected', {
  timeout: 30_000,
}, async () => {
  const dir = await newArchiveDir();
  const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
  try {
    assert.ok(holder.pid);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await writeLock(dir, { pid: holder.pid, host: os.hostname() });
    await assert.rejects(Archive.open(dir), { message: lockedMessage(dir, holder.pid) });
  } finally {
    holder.kill();
  }
});

test('a takeover left behind by a process that died does not hold up the next opening', {
  timeout: 30_000,
}, async () => {
  const dir = await newArchiveDir();
  await writeLock(dir, { pid: await deadPid(), host: os.hostname() });
  await writeFile(path.join(dir, '.lock.takeover'), String(await deadPid()));
  const started = Date.now();
  const archive = await Archive.open(dir);
  assert.ok(Date.now() - started < 5_000, 'the abandoned takeover is cleared at once, not after it ages out');
  await archive.close();
});

test('a lock written on another computer is treated as held, even when its pid is not running here', {
  timeout: 30_000,
}, async () => {
  const dir = await newArchiveDir();
  const pid = await deadPid();
  const text = await writeLock(dir, { pid, host: `${os.hostname()}-elsewhere` });
  await assert.rejects(Archive.open(dir), (error) => {
    assert.ok(error instanceof ArchiveLockedError);
    assert.equal(error.message, lockedMessage(dir, pid));
    return true;
  });
  assert.equal(await readFile(path.join(dir, '.lock'), 'utf8'), text);
});

test('an empty or garbled lock file older than two seconds is taken over', { timeout: 30_000 }, async () => {
  for (const content of ['', '{"pid": 12', 'not json at all', '{"host": "no pid"}']) {
    const dir = await newArchiveDir();
    await writeOldGarbledLock(dir, content);
    const archive = await Archive.open(dir);
    assert.equal(await lockPid(dir), process.pid, `a stale lock holding ${JSON.stringify(content)}`);
    await archive.close();
  }
});

for (const then of ['becomes a dead process’s lock', 'is removed'] as const) {
  test(`a fresh empty lock file is waited for, not taken, until it ${then}`, { timeout: 30_000 }, async () => {
    const dir = await newArchiveDir();
    const file = path.join(dir, '.lock');
    await writeFile(file, '');
    const pid = await deadPid();
    let seenBeforeChange: string | undefined;
    const change = new Promise<void>((resolve, reject) => {
      setTimeout(async () => {
        try {
          seenBeforeChange = await readFile(file, 'utf8');
          if (then === 'is removed') await unlink(file);
          else await writeLock(dir, { pid, host: os.hostname() });
          resolve();
        } catch (error) {
          reject(error);
        }
      }, 300);
    });
    const archive = await Archive.open(dir, { wait: true });
    await change;
    assert.equal(seenBeforeChange, '', 'the fresh empty lock was taken before it changed');
    assert.equal(await lockPid(dir), process.pid);
    await archive.close();
  });
}

test('two processes taking over the same stale lock (dead or garbled) at once: exactly one gets it', {
  timeout: 120_000,
}, async (t) => {
  const started: WatchedChild[] = [];
  t.after(() => {
    for (const racer of started) racer.process.kill('SIGKILL');
  });
  for (let round = 0; round < 20; round += 1) {
    const dir = await newArchiveDir();
    if (round % 2 === 0) await writeLock(dir, { pid: await deadPid(), host: os.hostname() });
    else await writeOldGarbledLock(dir, '{"pid": 4');
    const racers = [startNodeChild(raceForLock, [dir]), startNodeChild(raceForLock, [dir])];
    started.push(...racers);
    try {
      await Promise.all(racers.map((racer) => racer.waitForLine('ready')));
      for (const racer of racers) racer.process.stdin.write('go\n');
      const results = await Promise.all(racers.map((racer) => racer.waitForLine('got', 'locked', 'error')));
      const winners = racers.filter((_, index) => results[index] === 'got');
      assert.equal(winners.length, 1, `round ${round}: ${results.join(', ')}`);
      const winnerPid = winners[0]?.process.pid;
      assert.deepEqual(results.toSorted(), ['got', `locked ${winnerPid}`], `round ${round}`);
      assert.equal(await lockPid(dir), winnerPid);
    } finally {
      for (const racer of racers) racer.process.stdin.end();
    }
    for (const racer of racers) {
      const end = await racer.ended;
      assert.equal(end.code, 0, end.stderr);
    }
  }
});
