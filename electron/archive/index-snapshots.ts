import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { OffprintError } from '../model/offprint-error.ts';
import { type IndexData, IndexSchema } from './archive-format.ts';
import { indexSnapshotFile, indexSnapshotsFolder } from './archive-layout.ts';
import { parseJsonOrUndefined } from './damaged-file.ts';
import { writeFileDurably } from './durable-file.ts';

/** How many copies of each kind are kept. */
export const keptSnapshots = { recent: 5, daily: 14 };
/** The shortest time between two recent backups. */
export const recentSnapshotIntervalMs = 10 * 60 * 1000;

/** One verified copy of the index in `backups/`. */
export interface IndexSnapshotInfo {
  name: string;
  kind: 'recent' | 'daily' | 'before-migration';
  createdAt: string;
}

const patterns: Array<[IndexSnapshotInfo['kind'], RegExp]> = [
  ['recent', /^offprint-(\d{8}T\d{6}\d{3}Z)\.json$/],
  ['daily', /^daily-(\d{4}-\d{2}-\d{2})\.json$/],
  ['before-migration', /^before-migration-v\d+-(\d{8}T\d{6}\d{3}Z)\.json$/],
];

/** The backups of the archive at `dir`, newest first. */
export async function listIndexSnapshots(dir: string): Promise<IndexSnapshotInfo[]> {
  const names = await readdir(indexSnapshotsFolder(dir)).catch(() => [] as string[]);
  const found: IndexSnapshotInfo[] = [];
  for (const name of names) {
    for (const [kind, pattern] of patterns) {
      const stamp = name.match(pattern)?.[1];
      if (stamp) found.push({ name, kind, createdAt: readStamp(stamp) });
    }
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/**
 * Writes the index text as backups: a recent copy when the newest is older than the interval, and the day's
 * copy when there is none yet. Each is read back and checked against the schema; old ones are rotated out.
 */
export async function snapshotIndex(dir: string, text: string, now: Date = new Date()): Promise<string[]> {
  const existing = await listIndexSnapshots(dir);
  const written: string[] = [];
  const newestRecent = existing.find((backup) => backup.kind === 'recent');
  if (!newestRecent || now.getTime() - Date.parse(newestRecent.createdAt) >= recentSnapshotIntervalMs) {
    written.push(await writeVerified(dir, `offprint-${stampOf(now)}.json`, text));
  }
  const today = `daily-${now.toISOString().slice(0, 10)}.json`;
  if (!existing.some((backup) => backup.name === today)) written.push(await writeVerified(dir, today, text));
  await rotate(dir, await listIndexSnapshots(dir));
  return written;
}

/** Keeps the index text of an archive about to be migrated, checked by parsing; kept until removed by hand. */
export async function snapshotBeforeMigration(
  dir: string,
  text: string,
  fromVersion: number,
  now = new Date(),
): Promise<string> {
  const name = `before-migration-v${fromVersion}-${stampOf(now)}.json`;
  await mkdir(indexSnapshotsFolder(dir), { recursive: true });
  await writeFileDurably(indexSnapshotFile(dir, name), text);
  JSON.parse(await readFile(indexSnapshotFile(dir, name), 'utf8'));
  return name;
}

/** Reads a backup and checks it against the index schema. */
export async function readIndexSnapshot(dir: string, name: string): Promise<IndexData> {
  if (!(await listIndexSnapshots(dir)).some((backup) => backup.name === name)) {
    throw new OffprintError('not-found', `There is no backup named "${name}". Run "offprint backup list" to see them.`);
  }
  const text = await readFile(indexSnapshotFile(dir, name), 'utf8');
  const parsed = IndexSchema.safeParse(parseJsonOrUndefined(text));
  if (!parsed.success) throw new OffprintError('damaged', `The backup "${name}" is damaged; choose another one.`);
  return parsed.data;
}

async function writeVerified(dir: string, name: string, text: string): Promise<string> {
  await mkdir(indexSnapshotsFolder(dir), { recursive: true });
  const file = indexSnapshotFile(dir, name);
  await writeFileDurably(file, text);
  if (!IndexSchema.safeParse(parseJsonOrUndefined(await readFile(file, 'utf8'))).success) {
    await rm(file, { force: true });
    throw new OffprintError(
      'damaged',
      `The backup ${name} did not read back correctly and was removed; the disk may be failing.`,
    );
  }
  return name;
}

async function rotate(dir: string, backups: IndexSnapshotInfo[]): Promise<void> {
  for (const kind of ['recent', 'daily'] as const) {
    const old = backups.filter((backup) => backup.kind === kind).slice(keptSnapshots[kind]);
    await Promise.all(old.map((backup) => rm(indexSnapshotFile(dir, backup.name), { force: true })));
  }
}

function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function readStamp(stamp: string): string {
  if (stamp.length === 10) return `${stamp}T00:00:00.000Z`;
  const [, y, mo, d, h, mi, s, ms] = stamp.match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/) ?? [];
  return `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`;
}
