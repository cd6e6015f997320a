import assert from 'node:assert/strict';
import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import type { CheckReport } from '../archive/archive-check.ts';
import { acquireArchiveLock } from '../archive/archive-lock.ts';
import { memoryIo } from './cli-io.ts';
import { runCli } from './run-cli.ts';
import { archiveWithSample, emptyFolder } from './test-archive.ts';

test('a healthy archive is reported as healthy, with exit code 0', async () => {
  const { dir } = await archiveWithSample();
  const io = memoryIo();
  assert.equal(await runCli(['check', '--archive', dir], io), 0);
  assert.equal(io.out(), 'The archive is healthy.\n');
  assert.equal(io.err(), '');
});

test('check prints each problem on a line, says how to repair, and exits 1', async () => {
  const { dir } = await archiveWithSample();
  await writeFile(path.join(dir, 'reviews', 'broken.json'), '{"title": "cut off');
  const io = memoryIo();
  assert.equal(await runCli(['check', '--archive', dir], io), 1);
  const lines = io.out().trimEnd().split('\n');
  assert.equal(lines.length, 2);
  assert.match(lines[0] ?? '', /^reviews\/broken\.json is damaged \(.+\)\.$/);
  assert.equal(lines[1], 'Run "offprint check --repair" to repair what can be repaired.');
});

test('check --repair prints what it repaired and exits 0 when nothing is left', async () => {
  const { dir } = await archiveWithSample();
  await writeFile(path.join(dir, 'reviews', 'broken.json'), '{"title": "cut off');
  const io = memoryIo();
  assert.equal(await runCli(['check', '--repair', '--archive', dir], io), 0);
  const lines = io.out().trimEnd().split('\n');
  assert.match(lines[0] ?? '', /^Moved reviews\/broken\.json aside as reviews\/\S+\.$/);
  assert.equal(lines.at(-1), 'The archive is healthy.');
  assert.ok(!(await readdir(path.join(dir, 'reviews'))).includes('broken.json'));
  assert.equal(await runCli(['check', '--archive', dir], memoryIo()), 0);
});

test('check --repair rebuilds a missing index, and lets go of the lock afterwards', async () => {
  const { dir } = await archiveWithSample();
  await rm(path.join(dir, 'offprint.json'));
  const io = memoryIo();
  assert.equal(await runCli(['check', '--repair', '--archive', dir], io), 0);
  assert.match(io.out(), /^Rebuilt the library index from 1 review file\(s\)\.\n/);
  await (await acquireArchiveLock(dir)).release();
});

test('check --json prints the problems and the repairs', async () => {
  const { dir } = await archiveWithSample();
  await writeFile(path.join(dir, 'reviews', 'broken.json'), 'not json');
  const io = memoryIo();
  assert.equal(await runCli(['check', '--json', '--archive', dir], io), 1);
  const report = JSON.parse(io.out()) as CheckReport;
  assert.equal(report.problems.length, 1);
  assert.deepEqual(report.repaired, []);
});

test('check --repair while another process holds the archive is refused with one line', async (t) => {
  const { dir } = await archiveWithSample();
  const lock = await acquireArchiveLock(dir);
  t.after(() => lock.release());
  const io = memoryIo();
  assert.equal(await runCli(['check', '--repair', '--archive', dir], io), 1);
  assert.equal(
    io.err(),
    `The archive at ${dir} is open in another Offprint process (pid ${process.pid}). Close it first, or run the command again with --wait.\n`,
  );
});

test('check on a folder without an archive says so with one line', async () => {
  const dir = await emptyFolder();
  const io = memoryIo();
  assert.equal(await runCli(['check', '--archive', dir], io), 1);
  assert.equal(io.err(), `There is no Offprint archive at ${dir}.\n`);
});

test('check takes no arguments', async () => {
  const { dir } = await archiveWithSample();
  const io = memoryIo();
  assert.equal(await runCli(['check', 'everything', '--archive', dir], io), 2);
  assert.match(io.err(), /^"offprint check" takes no arguments, but got "everything"\.\n/);
});
