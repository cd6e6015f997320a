import assert from 'node:assert/strict';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { Archive } from '../archive/archive.ts';
import { acquireArchiveLock } from '../archive/archive-lock.ts';
import { defaultBackupName, verifyArchiveBackup } from '../archive/backup/archive-backup.ts';
import type { IndexSnapshotInfo } from '../archive/index-snapshots.ts';
import type { ReviewSummary } from '../model/review.ts';
import { memoryIo } from './cli-io.ts';
import { runCli } from './run-cli.ts';
import { archiveWithSample, emptyFolder, sampleTitle } from './test-archive.ts';

async function backups(dir: string): Promise<IndexSnapshotInfo[]> {
  const io = memoryIo();
  assert.equal(await runCli(['backup', 'list', '--json', '--archive', dir], io), 0);
  return JSON.parse(io.out()) as IndexSnapshotInfo[];
}

test('backup list prints name, kind and date of each backup, one per line', async () => {
  const { dir } = await archiveWithSample();
  const io = memoryIo();
  assert.equal(await runCli(['backup', 'list', '--archive', dir], io), 0);
  const lines = io.out().trimEnd().split('\n');
  assert.ok(lines.length >= 1, io.out());
  for (const line of lines) {
    assert.match(line, /^\S+\.json\t(recent|daily|before-migration)\t\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  }
  assert.ok(lines.some((line) => line.split('\t')[1] === 'daily'));
});

test('an archive without backups says so', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-backup-'));
  await (await Archive.open(dir)).close();
  const io = memoryIo();
  assert.equal(await runCli(['backup', 'list', '--archive', dir], io), 0);
  assert.equal(io.out(), '');
  assert.equal(io.err(), `The archive at ${dir} has no backups yet.\n`);
});

test('backup restore puts the index back, keeps reviews found on disk and drops those whose files are gone', async () => {
  const { dir, id } = await archiveWithSample();
  const daily = (await backups(dir)).find((backup) => backup.kind === 'daily');
  assert.ok(daily);
  const file = path.join(dir, 'later.md');
  await writeFile(file, '# Imported after the backup\n\nText.\n');
  assert.equal(await runCli(['import', file, '--archive', dir], memoryIo()), 0);
  assert.equal(await runCli(['delete', id, '--archive', dir], memoryIo()), 0);
  const io = memoryIo();
  assert.equal(await runCli(['backup', 'restore', daily.name, '--archive', dir], io), 0);
  assert.equal(
    io.out(),
    `Restored 0 reviews from ${daily.name}; added 1 found on disk, dropped 1 whose files are gone.\n`,
  );
  const list = memoryIo();
  assert.equal(await runCli(['list', '--json', '--archive', dir], list), 0);
  assert.deepEqual(
    (JSON.parse(list.out()) as ReviewSummary[]).map((review) => review.title),
    ['Imported after the backup'],
  );
});

test('backup restore --json prints the counts', async () => {
  const { dir } = await archiveWithSample();
  const [newest] = await backups(dir);
  assert.ok(newest);
  const io = memoryIo();
  assert.equal(await runCli(['backup', 'restore', '--json', newest.name, '--archive', dir], io), 0);
  assert.deepEqual(JSON.parse(io.out()), { name: newest.name, restored: 1, added: 0, dropped: 0 });
  const list = memoryIo();
  assert.equal(await runCli(['list', '--archive', dir], list), 0);
  assert.match(list.out(), new RegExp(`\\t${sampleTitle}\\t`));
});

test('restoring a backup that does not exist fails with one line and exit code 1', async () => {
  const { dir } = await archiveWithSample();
  const io = memoryIo();
  assert.equal(await runCli(['backup', 'restore', 'no-such.json', '--archive', dir], io), 1);
  assert.equal(io.err(), 'There is no backup named "no-such.json". Run "offprint backup list" to see them.\n');
});

test('backup list on a folder without an archive says so with one line', async () => {
  const dir = await emptyFolder();
  const io = memoryIo();
  assert.equal(await runCli(['backup', 'list', '--archive', dir], io), 1);
  assert.equal(io.err(), `There is no Offprint archive at ${dir}.\n`);
});

test('backup commands typed without what they need are usage mistakes', async () => {
  const { dir } = await archiveWithSample();
  const cases: Array<[string[], RegExp]> = [
    [['backup', 'make'], /^"offprint backup make" is not a backup command; /],
    [['backup', '--out', 'a.tar.gz', 'extra'], /^"offprint backup" takes its file with --out FILE, but got "extra"/],
    [['backup', 'restore'], /^Name the backup: offprint backup restore <name> /],
    [['backup', 'restore', 'a.json', 'b.json'], /^"offprint backup restore" restores one backup, but got "b\.json"/],
    [['backup', 'list', 'all'], /^"offprint backup list" takes no arguments, but got "all"\.\n/],
  ];
  for (const [argv, message] of cases) {
    const io = memoryIo();
    assert.equal(await runCli([...argv, '--archive', dir], io), 2, argv.join(' '));
    assert.match(io.err(), message);
  }
});

test('backup --out writes the whole archive to one file and says where and how big', async () => {
  const { dir } = await archiveWithSample();
  const outFile = path.join(await emptyFolder(), 'whole.tar.gz');
  const io = memoryIo();
  assert.equal(await runCli(['backup', '--out', outFile, '--archive', dir], io), 0);
  const manifest = await verifyArchiveBackup(outFile);
  assert.ok(manifest.files.some((file) => file.path === 'offprint.json'));
  assert.match(
    io.out(),
    new RegExp(
      `^Backed up ${manifest.files.length} files of the archive at .+ to .+whole\\.tar\\.gz \\(\\d+\\.\\d kB\\)\\.\\n$`,
    ),
  );
  assert.equal(io.err(), '');
});

test('backup --json prints the file, how many files it holds and its size', async () => {
  const { dir } = await archiveWithSample();
  const outFile = path.join(await emptyFolder(), 'whole.tar.gz');
  const io = memoryIo();
  assert.equal(await runCli(['backup', '--json', '--out', outFile, '--archive', dir], io), 0);
  const answer = JSON.parse(io.out()) as { outFile: string; files: number; bytes: number };
  assert.equal(answer.outFile, outFile);
  assert.equal(answer.files, (await verifyArchiveBackup(outFile)).files.length);
  assert.ok(answer.bytes > 0);
});

test('backup without --out writes offprint-backup-YYYY-MM-DD-HHMM.tar.gz in the current folder', async () => {
  const { dir } = await archiveWithSample();
  const folder = await emptyFolder();
  const before = process.cwd();
  process.chdir(folder);
  try {
    assert.equal(await runCli(['backup', '--archive', dir], memoryIo()), 0);
  } finally {
    process.chdir(before);
  }
  const [name, ...others] = await readdir(folder);
  assert.deepEqual(others, []);
  assert.match(name ?? '', /^offprint-backup-\d{4}-\d{2}-\d{2}-\d{4}\.tar\.gz$/);
  assert.equal(defaultBackupName(new Date(2026, 0, 5, 7, 9)), 'offprint-backup-2026-01-05-0709.tar.gz');
});

test('backup refuses to replace a file that is already there', async () => {
  const { dir } = await archiveWithSample();
  const outFile = path.join(await emptyFolder(), 'taken.tar.gz');
  await writeFile(outFile, 'mine');
  const io = memoryIo();
  assert.equal(await runCli(['backup', '--out', outFile, '--archive', dir], io), 1);
  assert.equal(io.err(), `${outFile} already exists; choose another name with --out FILE.\n`);
});

test('backup of an archive open in another process is refused with one line, and no file is written', async () => {
  const { dir } = await archiveWithSample();
  const lock = await acquireArchiveLock(dir);
  try {
    const outFile = path.join(await emptyFolder(), 'whole.tar.gz');
    const io = memoryIo();
    assert.equal(await runCli(['backup', '--out', outFile, '--archive', dir], io), 1);
    assert.match(io.err(), /^The archive at .+ is open in another Offprint process \(pid \d+\)\. Close it first, /);
    assert.deepEqual(await readdir(path.dirname(outFile)), []);
  } finally {
    await lock.release();
  }
});

test('backup of a folder without an archive says so with one line', async () => {
  const dir = await emptyFolder();
  const io = memoryIo();
  assert.equal(await runCli(['backup', '--out', path.join(dir, 'b.tar.gz'), '--archive', dir], io), 1);
  assert.equal(io.err(), `There is no Offprint archive at ${dir}.\n`);
});
