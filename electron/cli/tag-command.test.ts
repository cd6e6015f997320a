import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReviewSummary } from '../model/review.ts';
import { memoryIo } from './cli-io.ts';
import { runCli } from './run-cli.ts';
import { archiveWithSample, sampleTitle } from './test-archive.ts';

async function listedTags(dir: string): Promise<string[][]> {
  const io = memoryIo();
  assert.equal(await runCli(['list', '--json', '--archive', dir], io), 0);
  return (JSON.parse(io.out()) as ReviewSummary[]).map((review) => review.tags);
}

test('tag gives a review the tags named and says which', async () => {
  const { dir, id } = await archiveWithSample();
  const io = memoryIo();
  assert.equal(await runCli(['tag', id, 'strikes', 'regional press', '--archive', dir], io), 0);
  assert.equal(io.out(), `Tagged "${sampleTitle}": strikes, regional press\n`);
  assert.deepEqual(await listedTags(dir), [['strikes', 'regional press']]);
});

test('tag replaces the tags the review had', async () => {
  const { dir, id } = await archiveWithSample();
  assert.equal(await runCli(['tag', id, 'old', 'older', '--archive', dir], memoryIo()), 0);
  const io = memoryIo();
  assert.equal(await runCli(['tag', id, 'new', '--archive', dir], io), 0);
  assert.equal(io.out(), `Tagged "${sampleTitle}": new\n`);
  assert.deepEqual(await listedTags(dir), [['new']]);
});

test('tag --json prints the review summary with its tags', async () => {
  const { dir, id } = await archiveWithSample();
  const io = memoryIo();
  assert.equal(await runCli(['tag', '--json', id, 'a', 'b', 'a', '--archive', dir], io), 0);
  const review = JSON.parse(io.out()) as ReviewSummary;
  assert.equal(review.id, id);
  assert.deepEqual(review.tags, ['a', 'b']);
});

test('tagging an unknown review fails with one line and exit code 1', async () => {
  const { dir } = await archiveWithSample();
  const io = memoryIo();
  assert.equal(await runCli(['tag', 'no-such-review', 'x', '--archive', dir], io), 1);
  assert.equal(io.err(), 'There is no review with id "no-such-review" in this archive.\n');
});

test('a tag of only spaces is refused by the contract with one line', async () => {
  const { dir, id } = await archiveWithSample();
  const io = memoryIo();
  assert.equal(await runCli(['tag', id, '  ', '--archive', dir], io), 1);
  assert.match(io.err(), /^Invalid input for tagReview \(tags\.0\): [^\n]+\n$/);
});

test('tag needs a review and at least one tag', async () => {
  const { dir, id } = await archiveWithSample();
  for (const argv of [['tag'], ['tag', id]]) {
    const io = memoryIo();
    assert.equal(await runCli([...argv, '--archive', dir], io), 2, argv.join(' '));
    assert.match(
      io.err(),
      /^Name the review and its tags: offprint tag <id> <tag…> \(they replace the current tags\)\.\n/,
    );
  }
});
