import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { appArguments, cliCommandNames, cliInvocation } from './cli-invocation.ts';
import { memoryIo } from './cli-io.ts';
import { runCli } from './run-cli.ts';

const names = cliCommandNames();

describe('the app arguments', () => {
  test('a packaged app drops only its own executable', () => {
    assert.deepEqual(appArguments(['/opt/Offprint/offprint', 'list', '--json'], true), ['list', '--json']);
  });

  test('an unpackaged app also drops the app path Electron was given', () => {
    assert.deepEqual(appArguments(['/usr/bin/electron', '/home/me/offprint/', 'list'], false), ['list']);
  });
});

describe('the CLI commands the installed app answers', () => {
  test('include every command run-cli dispatches, as its own "Name a command" message lists them', async () => {
    const io = memoryIo();
    assert.equal(await runCli([], io), 2);
    const listed = /Name a command: (.+)\./.exec(io.err())?.[1];
    assert.ok(listed, `run-cli no longer lists its commands: ${io.err()}`);
    for (const name of listed.split(/, | or /)) assert.ok(names.includes(name), `"${name}" is missing from ${names}`);
  });

  test('include help and are plain words, never flags or "offprint" itself', () => {
    assert.ok(names.includes('help'));
    for (const name of names) assert.match(name, /^[a-z][a-z-]*$/);
    assert.ok(!names.includes('offprint'));
  });
});

describe('which start of the app is a CLI call', () => {
  test('a command name first runs the CLI with everything from it on', () => {
    assert.deepEqual(cliInvocation(['list', '--json'], names), ['list', '--json']);
    assert.deepEqual(cliInvocation(['search', 'media review'], names), ['search', 'media review']);
    assert.deepEqual(cliInvocation(['import', 'file.md'], names), ['import', 'file.md']);
  });

  test('flags Electron or Chromium add before the command are left out', () => {
    assert.deepEqual(cliInvocation(['--no-sandbox', '--enable-logging', 'list'], names), ['list']);
    assert.deepEqual(cliInvocation(['--enable-logging=stderr', 'show', 'abc'], names), ['show', 'abc']);
  });

  test('flags after the command stay with it', () => {
    assert.deepEqual(cliInvocation(['check', '--repair', '--no-sandbox'], names), [
      'check',
      '--repair',
      '--no-sandbox',
    ]);
  });

  test('no arguments, or only flags, open the window', () => {
    assert.equal(cliInvocation([], names), undefined);
    assert.equal(cliInvocation(['--no-sandbox', '--enable-logging'], names), undefined);
  });

  test('a file to open is not a command, even one named like a command', () => {
    assert.equal(cliInvocation(['review.md'], names), undefined);
    assert.equal(cliInvocation(['/home/me/list'], names), undefined);
    assert.equal(cliInvocation(['./import'], names), undefined);
    assert.equal(cliInvocation(['C:\\Users\\me\\show.html'], names), undefined);
    assert.equal(cliInvocation(['file:///home/me/list.md'], names), undefined);
  });

  test('an unknown word opens the window rather than failing as a command', () => {
    assert.equal(cliInvocation(['lsit'], names), undefined);
  });

  test('--help and --version first run the CLI, elsewhere they are left to Electron', () => {
    assert.deepEqual(cliInvocation(['--version'], names), ['--version']);
    assert.deepEqual(cliInvocation(['--help'], names), ['--help']);
    assert.deepEqual(cliInvocation(['-h'], names), ['-h']);
    assert.equal(cliInvocation(['--no-sandbox', '--version'], names), undefined);
  });
});
