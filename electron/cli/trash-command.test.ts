import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReviewSummary } from '../model/review.ts';
import { memoryIo } from './cli-io.ts';
import { runCli } from './run-cli.ts';
import { archiveWithSample, sampleTitle } from './test-archive.ts';

test('delete moves a review to the trash and says how to bring it back', async () => {
  const { dir, id } = await archiveWithSample();
  const io = memoryIo();
  assert.equal(await runCli(['delete', id, '--archive', dir], io), 0);
  assert.equal(io.out(), `Moved "${sampleTitle}" to the trash. Bring it back with: offprint undelete ${id}\n`);
  const list = memoryIo();
  assert.equal(await runCli(['list', '--archive', dir], list), 0);
  assert.equal(list.out(), '');
  const trash = memoryIo();
  assert.equal(await runCli(['trash', '--archive', dir], trash), 0);
  assert.equal(trash.out(), `2024-03-04\tWeekly Media Review #12\t${sampleTitle}\t${id}\n`);
});

test('undelete brings the review back to the list and empties the trash', async () => {
  const { dir, id } = await archiveWithSample();
  assert.equal(await runCli(['delete', id, '--archive', dir], memoryIo()), 0);
  const io = memoryIo();
  assert.equal(await runCli(['undelete', id, '--archive', dir], io), 0);
  assert.equal(io.out(), `Restored "${sampleTitle}"\n`);
  const list = memoryIo();
  assert.equal(await runCli(['list', '--archive', dir], list), 0);
  assert.match(list.out(), new RegExp(`\\t${id}\\n$`));
  const trash = memoryIo();
  assert.equal(await runCli(['trash', '--archive', dir], trash), 0);
  assert.equal(trash.out(), '');
  assert.equal(trash.err(), 'The trash is empty.\n');
});

test('delete --json and trash --json print review summaries', async () => {
  const { dir, id } = await archiveWithSample();
  const deleted = memoryIo();
  assert.equal(await runCli(['delete', '--json', id, '--archive', dir], deleted), 0);
  assert.equal((JSON.parse(deleted.out()) as ReviewSummary).id, id);
  const trash = memoryIo();
  assert.equal(await runCli(['trash', '--json', '--archive', dir], trash), 0);
  assert.deepEqual(
    (JSON.parse(trash.out()) as ReviewSummary[]).map((review) => review.title),
    [sampleTitle],
  );
});

test('deleting an unknown review fails with one line and exit code 1', async () => {
  const { dir } = await archiveWithSample();
  const io = memoryIo();
  assert.equal(await runCli(['delete', 'no-such-review', '--archive', dir], io), 1);
  assert.equal(io.err(), 'There is no review with id "no-such-review" in this archive.\n');
});

test('undeleting a review that is not in the trash fails with one line', async () => {
  const { dir, id } = await archiveWithSample();
  const unknown = memoryIo();
  assert.equal(await runCli(['undelete', 'no-such-review', '--archive', dir], unknown), 1);
  assert.equal(unknown.err(), 'There is no review with id "no-such-review" in the trash.\n');
  const present = memoryIo();
  assert.equal(await runCli(['undelete', id, '--archive', dir], present), 1);
  assert.equal(present.err(), `The review "${id}" is already in the library.\n`);
});

test('delete and undelete take exactly one id, and trash none', async () => {
  const { dir, id } = await archiveWithSample();
  const cases: Array<[string[], RegExp]> = [
    [['delete'], /^Name the review: offprint delete <id> \(see "offprint list"\)\.\n/],
    [['undelete'], /^Name the review: offprint undelete <id> \(see "offprint trash"\)\.\n/],
    [['delete', id, id], /^"offprint delete" takes one id, but got "[^"]+" as well\.\n/],
    [['trash', id], /^"offprint trash" takes no arguments, but got "[^"]+"\.\n/],
  ];
  for (const [argv, message] of cases) {
    const io = memoryIo();
    assert.equal(await runCli([...argv, '--archive', dir], io), 2, argv.join(' '));
    assert.match(io.err(), message);
  }
});
