import { readFileSync, type Stats } from 'node:fs';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { OffprintError } from '../model/offprint-error.ts';
import { lockFile, lockTakeoverFile } from './archive-layout.ts';

const takeoverStaleMs = 10_000;
const waitStepMs = 200;
const freshLockMs = 2_000;
// USER_HZ: the unit of /proc/<pid>/stat start times on every Linux Node runs on.
const clockTicksPerSecond = 100;

interface LockRecord {
  pid: number;
  host: string;
  since: string;
}

/** Another live Offprint process holds the archive. */
export class ArchiveLockedError extends OffprintError {
  readonly pid: number;

  constructor(dir: string, pid: number) {
    super(
      'locked',
      `The archive at ${dir} is open in another Offprint process (pid ${pid}). Close it first, or run the command again with --wait.`,
    );
    this.pid = pid;
  }
}

/** The single-writer lock on an archive folder, held until released. */
export interface ArchiveLock {
  release(): Promise<void>;
}

/**
 * Takes the archive's single-writer lock (`<dir>/.lock`). A lock left by a process that no longer runs is taken
 * over; one held by a live process throws ArchiveLockedError, or with `wait` is waited for (`onWait` is told once).
 */
export async function acquireArchiveLock(
  dir: string,
  options: { wait?: boolean; onWait?: (pid: number) => void } = {},
): Promise<ArchiveLock> {
  const file = lockFile(dir);
  let told = false;
  for (;;) {
    const mine: LockRecord = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
    if (await createExclusive(file, JSON.stringify(mine))) return heldLock(file);
    const judgedFile = await stat(file).catch(() => null);
    const holder = await readHolder(file);
    if (!holder && (await isFresh(file))) {
      // A holder may be between creating the file and writing its pid: give it a moment.
      await sleep(50);
      continue;
    }
    if (holder && isAlive(holder)) {
      if (!options.wait) throw new ArchiveLockedError(dir, holder.pid);
      if (!told) options.onWait?.(holder.pid);
      told = true;
      await sleep(waitStepMs);
      continue;
    }
    if (judgedFile) await removeStaleLock(dir, file, holder, judgedFile);
  }
}

/** The pid of the live process holding the archive's lock, or null when nobody does. */
export async function liveLockHolder(dir: string): Promise<number | null> {
  const holder = await readHolder(lockFile(dir));
  return holder && isAlive(holder) ? holder.pid : null;
}

function heldLock(file: string): ArchiveLock {
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      const holder = await readHolder(file);
      if (holder?.pid === process.pid && holder.host === os.hostname()) await unlink(file).catch(() => undefined);
    },
  };
}

async function createExclusive(file: string, content: string): Promise<boolean> {
  try {
    const handle = await open(file, 'wx');
    // No fsync: after a crash the lock is stale anyway, and a lost one is simply taken again.
    try {
      await handle.writeFile(content);
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** The lock's holder, or null when the file is gone or unreadable (a holder that died while writing it). */
async function readHolder(file: string): Promise<LockRecord | null> {
  try {
    const record = JSON.parse(await readFile(file, 'utf8')) as Partial<LockRecord>;
    if (typeof record.pid !== 'number' || typeof record.host !== 'string') return null;
    return { pid: record.pid, host: record.host, since: String(record.since) };
  } catch {
    return null;
  }
}

async function isFresh(file: string): Promise<boolean> {
  const info = await stat(file).catch(() => null);
  return info !== null && Date.now() - info.mtimeMs < freshLockMs;
}

function isAlive(holder: LockRecord): boolean {
  // A lock from another computer (a synced folder) cannot be checked; treat it as held.
  if (holder.host !== os.hostname()) return true;
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !startedAfter(holder.pid, holder.since);
}

/**
 * Whether the process now using `pid` started after the lock was written, so the pid was reused by another
 * program after the holder died. Known on Linux (/proc); elsewhere the holder is taken to be alive.
 */
function startedAfter(pid: number, since: string): boolean {
  const written = Date.parse(since);
  if (process.platform !== 'linux' || Number.isNaN(written)) return false;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const startTicks = Number(fields[19]);
    const bootLine = readFileSync('/proc/stat', 'utf8').match(/^btime (\d+)$/m);
    if (!bootLine || !Number.isFinite(startTicks)) return false;
    const started = (Number(bootLine[1]) + startTicks / clockTicksPerSecond) * 1000;
    return started > written + 2000;
  } catch {
    return false;
  }
}

/**
 * Removes a dead holder's lock under a second, short-lived lock, and only if `.lock` is still the very file that
 * was judged stale (same inode, same time, same content): so two processes taking over at once cannot remove a
 * lock that one of them has just created.
 */
async function removeStaleLock(dir: string, file: string, judged: LockRecord | null, judgedFile: Stats): Promise<void> {
  const takeover = lockTakeoverFile(dir);
  if (!(await createExclusive(takeover, String(process.pid)))) {
    await clearAbandonedTakeover(takeover);
    await sleep(20);
    return;
  }
  try {
    const now = await stat(file).catch(() => null);
    const sameFile = now !== null && now.ino === judgedFile.ino && now.mtimeMs === judgedFile.mtimeMs;
    const sameHolder = JSON.stringify(await readHolder(file)) === JSON.stringify(judged);
    if (sameFile && sameHolder && (judged !== null || !(await isFresh(file))))
      await unlink(file).catch(() => undefined);
  } finally {
    await unlink(takeover).catch(() => undefined);
  }
}

/** A takeover lock whose writer died (or that is older than any takeover takes) is removed. */
async function clearAbandonedTakeover(takeover: string): Promise<void> {
  const info = await stat(takeover).catch(() => null);
  if (!info) return;
  const pid = Number.parseInt(await readFile(takeover, 'utf8').catch(() => ''), 10);
  const writerGone = Number.isInteger(pid) && pid > 0 && !isAlive({ pid, host: os.hostname(), since: '' });
  if (writerGone || Date.now() - info.mtimeMs > takeoverStaleMs) await unlink(takeover).catch(() => undefined);
}
