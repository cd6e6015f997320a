import assert from 'node:assert/strict';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import type { Note } from '../model/note.ts';
import { memoryIo } from './cli-io.ts';
import { runCli } from './run-cli.ts';
import { archiveWithSample, emptyFolder, sampleTitle } from './test-archive.ts';

test('note add joins the words into one note, and note list prints when it changed, then its text', async () => {
  const { dir, id } = await archiveWithSample();
  const add = memoryIo();
  assert.equal(await runCli(['note', 'add', id, 'Compare', 'with', 'issue 11.', '--archive', dir], add), 0);
  assert.equal(add.out(), `Added a note to "${sampleTitle}"\n`);
  assert.equal(add.err(), '');
  const list = memoryIo();
  assert.equal(await runCli(['note', 'list', id, '--archive', dir], list), 0);
  assert.match(list.out(), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z\nCompare with issue 11\.\n$/);
});

test('several notes are listed oldest first, separated by a blank line', async () => {
  const { dir, id } = await archiveWithSample();
  for (const text of ['First.', 'Second.']) {
    assert.equal(await runCli(['note', 'add', id, text, '--archive', dir], memoryIo()), 0);
  }
  const list = memoryIo();
  assert.equal(await runCli(['note', 'list', id, '--archive', dir], list), 0);
  assert.match(list.out(), /^\S+\nFirst\.\n\n\S+\nSecond\.\n$/);
});

test('note add - reads the note from stdin', async () => {
  const { dir, id } = await archiveWithSample();
  const add = memoryIo('A note\nover two lines.\n');
  assert.equal(await runCli(['note', 'add', id, '-', '--archive', dir], add), 0);
  const list = memoryIo();
  assert.equal(await runCli(['note', 'list', id, '--json', '--archive', dir], list), 0);
  const notes = JSON.parse(list.out()) as Note[];
  assert.deepEqual(
    notes.map((note) => note.body),
    ['A note\nover two lines.'],
  );
});

test('note add --json prints the note it saved', async () => {
  const { dir, id } = await archiveWithSample();
  const add = memoryIo();
  assert.equal(await runCli(['note', 'add', '--json', id, 'Kept.', '--archive', dir], add), 0);
  const note = JSON.parse(add.out()) as Note;
  assert.equal(note.reviewId, id);
  assert.equal(note.body, 'Kept.');
});

test('a review without notes says so on stderr and how to add one', async () => {
  const { dir, id } = await archiveWithSample();
  const list = memoryIo();
  assert.equal(await runCli(['note', 'list', id, '--archive', dir], list), 0);
  assert.equal(list.out(), '');
  assert.equal(list.err(), `"${sampleTitle}" has no notes yet; add one with: offprint note add ${id} <text…>\n`);
});

test('notes on an unknown review fail with one line and exit code 1', async () => {
  const { dir } = await archiveWithSample();
  for (const argv of [
    ['note', 'add', 'no-such-review', 'text'],
    ['note', 'list', 'no-such-review'],
  ]) {
    const io = memoryIo();
    assert.equal(await runCli([...argv, '--archive', dir], io), 1, argv.join(' '));
    assert.equal(io.err(), 'There is no review with id "no-such-review" in this archive.\n');
  }
});

test('an empty note from stdin is refused with one line', async () => {
  const { dir, id } = await archiveWithSample();
  const io = memoryIo('  \n');
  assert.equal(await runCli(['note', 'add', id, '-', '--archive', dir], io), 1);
  assert.equal(io.err(), 'The note read from stdin is empty; nothing was added.\n');
});

test('a note for a folder without an archive is refused, and no archive is made there', async () => {
  const dir = await emptyFolder();
  const io = memoryIo();
  assert.equal(await runCli(['note', 'add', 'some-id', 'text', '--archive', dir], io), 1);
  assert.equal(io.err(), `There is no Offprint archive at ${dir}.\n`);
  await assert.rejects(access(path.join(dir, 'offprint.json')));
});

test('note commands typed without what they need are usage mistakes', async () => {
  const { dir, id } = await archiveWithSample();
  const cases: Array<[string[], RegExp]> = [
    [['note'], /^Say what to do with notes: /],
    [['note', 'remove', id], /^"offprint note remove" is not a notes command; /],
    [['note', 'add'], /^Name the review and write the note: /],
    [['note', 'add', id], /^Name the review and write the note: /],
    [['note', 'list'], /^Name the review whose notes to list: /],
    [['note', 'list', id, id], /^"offprint note list" lists one review's notes, /],
  ];
  for (const [argv, message] of cases) {
    const io = memoryIo();
    assert.equal(await runCli([...argv, '--archive', dir], io), 2, argv.join(' '));
    assert.match(io.err(), message);
    assert.match(io.err(), /\nRun "offprint --help" for usage\.\n$/);
  }
});
