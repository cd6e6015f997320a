import assert from 'node:assert/strict';
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { acquireArchiveLock } from '../archive/archive-lock.ts';
import type { Note } from '../model/note.ts';
import { memoryIo } from './cli-io.ts';
import { runCli } from './run-cli.ts';
import { archiveWithSample, emptyFolder, sampleTitle } from './test-archive.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

type Program = ChildProcessByStdio<null, Readable, Readable>;

/** `offprint <args>` as its own process, with what it printed so far. */
function startProgram(args: string[]): {
  child: Program;
  out(): string;
  err(): string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/offprint.ts', ...args], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return { child, out: () => out, err: () => err, exited };
}

async function noteBodies(dir: string, id: string): Promise<string[]> {
  const io = memoryIo();
  assert.equal(await runCli(['note', 'list', id, '--json', '--archive', dir], io), 0);
  return (JSON.parse(io.out()) as Note[]).map((note) => note.body);
}

test('the reading commands work while another process holds the archive', async (t) => {
  const { dir, id } = await archiveWithSample();
  const lock = await acquireArchiveLock(dir);
  t.after(() => lock.release());
  for (const argv of [['list'], ['show', id], ['note', 'list', id], ['trash'], ['backup', 'list'], ['check']]) {
    const io = memoryIo();
    assert.equal(await runCli([...argv, '--archive', dir], io), 0, `${argv.join(' ')}: ${io.err()}`);
  }
});

test('a reading command on a folder without an archive says so, and makes none', async () => {
  const dir = await emptyFolder();
  for (const argv of [['list'], ['show', 'some-id'], ['note', 'list', 'some-id'], ['trash']]) {
    const io = memoryIo();
    assert.equal(await runCli([...argv, '--archive', dir], io), 1, argv.join(' '));
    assert.equal(io.err(), `There is no Offprint archive at ${dir}.\n`);
  }
  await assert.rejects(access(path.join(dir, 'offprint.json')));
});

test('a writing command is refused while another process holds the archive, and --wait then succeeds', {
  timeout: 120_000,
}, async (t) => {
  const { dir, id } = await archiveWithSample();
  const lock = await acquireArchiveLock(dir);
  t.after(() => lock.release());

  const refused = startProgram(['note', 'add', id, 'Refused', 'note.', '--archive', dir]);
  t.after(() => refused.child.kill('SIGKILL'));
  assert.equal(await refused.exited, 1, refused.err());
  assert.equal(
    refused.err(),
    `The archive at ${dir} is open in another Offprint process (pid ${process.pid}). Close it first, or run the command again with --wait.\n`,
  );
  assert.equal(refused.out(), '');

  const waiting = startProgram(['note', 'add', id, 'Waited', 'note.', '--wait', '--archive', dir]);
  t.after(() => waiting.child.kill('SIGKILL'));
  const told = `Waiting for the other Offprint process (pid ${process.pid}) to close the archive…\n`;
  await new Promise<void>((resolve, reject) => {
    const look = () => {
      if (waiting.err() === told) resolve();
    };
    waiting.child.stderr.on('data', look);
    look();
    waiting.exited.then((code) => reject(new Error(`exited with ${code} before waiting:\n${waiting.err()}`)));
  });
  await lock.release();
  assert.equal(await waiting.exited, 0, waiting.err());
  assert.equal(waiting.out(), `Added a note to "${sampleTitle}"\n`);
  assert.equal(waiting.err(), told);
  assert.deepEqual(await noteBodies(dir, id), ['Waited note.']);
});

test('a writing command tells what opening the archive found, one line each on stderr', async () => {
  const { dir, id } = await archiveWithSample();
  await writeFile(path.join(dir, 'settings.json'), '{"theme": ');
  const io = memoryIo();
  assert.equal(await runCli(['tag', id, 'strikes', '--archive', dir], io), 0);
  assert.match(io.err(), /^Your settings could not be read \([^\n]+\) and were reset; [^\n]+\.\n$/);
  assert.equal(io.out(), `Tagged "${sampleTitle}": strikes\n`);
});

test('a writing command on an archive from a newer Offprint is refused with the reason, once', async () => {
  const { dir, id } = await archiveWithSample();
  await writeFile(path.join(dir, 'offprint.json'), JSON.stringify({ schemaVersion: 999, reviews: [] }));
  const io = memoryIo();
  assert.equal(await runCli(['tag', id, 'strikes', '--archive', dir], io), 1);
  assert.match(io.err(), /^This archive was written by a newer Offprint \(schema version 999; [^\n]+\n$/);
  await (await acquireArchiveLock(dir)).release();
});

test('a writing command other than import on a folder without an archive makes none', async () => {
  const dir = await emptyFolder();
  for (const argv of [
    ['tag', 'some-id', 'x'],
    ['delete', 'some-id'],
    ['undelete', 'some-id'],
    ['check', '--repair'],
  ]) {
    const io = memoryIo();
    assert.equal(await runCli([...argv, '--archive', dir], io), 1, argv.join(' '));
    assert.equal(io.err(), `There is no Offprint archive at ${dir}.\n`);
  }
  await assert.rejects(access(path.join(dir, 'offprint.json')));
});

test('note add - reads the note piped to the program', { timeout: 60_000 }, async () => {
  const { dir, id } = await archiveWithSample();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/offprint.ts', 'note', 'add', id, '-', '--archive', dir],
    { cwd: projectRoot, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  child.stdin.end('Piped in.\n');
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  assert.equal(code, 0, err);
  assert.deepEqual(await noteBodies(dir, id), ['Piped in.']);
});
