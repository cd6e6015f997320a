import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { memoryIo } from './cli-io.ts';
import { runCli } from './run-cli.ts';

test('--help, -h and help print the usage and succeed', async () => {
  for (const argv of [['--help'], ['-h'], ['help'], ['list', '--help']]) {
    const io = memoryIo();
    assert.equal(await runCli(argv, io), 0, argv.join(' '));
    assert.match(io.out(), /^Offprint: /);
    assert.match(io.out(), /offprint serve \[--archive DIR\] \[--port N\]/);
    assert.match(io.out(), /--renderer DIR {2}For development/);
    assert.equal(io.err(), '');
  }
});

test('--version prints the version from package.json', async () => {
  const manifest = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  const io = memoryIo();
  assert.equal(await runCli(['--version'], io), 0);
  assert.equal(io.out(), `${manifest.version}\n`);
});

test('an unknown command is named on one line, followed by where to find the usage, with exit code 2', async () => {
  const io = memoryIo();
  assert.equal(await runCli(['frobnicate'], io), 2);
  assert.equal(io.err(), '"frobnicate" is not an Offprint command.\nRun "offprint --help" for usage.\n');
  assert.equal(io.out(), '');
});

test('a command that is really an Object property is still unknown', async () => {
  const io = memoryIo();
  assert.equal(await runCli(['constructor'], io), 2);
  assert.match(io.err(), /^"constructor" is not an Offprint command\.\n/);
});

test('an unknown option or a missing option value is a usage mistake with exit code 2', async () => {
  const unknown = memoryIo();
  assert.equal(await runCli(['list', '--colour'], unknown), 2);
  assert.equal(unknown.err(), 'Unknown option \'--colour\'.\nRun "offprint --help" for usage.\n');
  const missing = memoryIo();
  assert.equal(await runCli(['serve', '--port'], missing), 2);
  assert.equal(missing.err(), 'Option \'--port <value>\' argument missing.\nRun "offprint --help" for usage.\n');
});

test('no command at all asks for one, with exit code 2', async () => {
  const io = memoryIo();
  assert.equal(await runCli([], io), 2);
  assert.equal(
    io.err(),
    'Name a command: list, show, search, import, export, note, tag, delete, undelete, trash, check, backup, restore or serve.\n' +
      'Run "offprint --help" for usage.\n',
  );
});

test('a failure nobody planned for is still one line and exit code 1, never a stack trace', async () => {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'offprint-cli-'));
  const notAFolder = path.join(parent, 'archive');
  await writeFile(notAFolder, 'a file where the archive folder should be');
  const io = memoryIo();
  assert.equal(await runCli(['list', '--archive', notAFolder], io), 1);
  assert.match(io.err(), /^Offprint failed unexpectedly: .*\n$/);
  assert.doesNotMatch(io.err(), /\n\s+at /);
});
