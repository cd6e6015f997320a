import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { test } from 'node:test';
import type { MethodOutput } from '../api/contract.ts';
import { openLibrary } from '../api/library.ts';
import { memoryIo } from './cli-io.ts';
import { runCli } from './run-cli.ts';
import { markSnippet } from './search-command.ts';
import { archiveWithSample, emptyFolder, sampleTitle } from './test-archive.ts';

test('search prints the best matches: title, series and issue, date, field and id, then the passage marked «»', async () => {
  const { dir, id } = await archiveWithSample();
  const io = memoryIo();
  assert.equal(await runCli(['search', 'harbour strike', '--archive', dir], io), 0);
  const [title, placed, passage] = io.out().trimEnd().split('\n');
  assert.equal(title, sampleTitle);
  assert.match(placed ?? '', new RegExp(`^  Weekly Media Review #12 · 2024-03-04 · matched in \\w+ · ${id}$`));
  assert.match(passage ?? '', /«(harbour|strike)»/i);
  assert.match(io.err(), /^Indexing 0 of 1 reviews…\n/);
});

test('search --json prints the hits, total, problems and index status', async () => {
  const { dir, id } = await archiveWithSample();
  const io = memoryIo();
  assert.equal(await runCli(['search', '--json', '--archive', dir, 'harbour'], io), 0);
  const answer = JSON.parse(io.out()) as MethodOutput<'search'>;
  assert.deepEqual(
    answer.hits.map((hit) => hit.review.id),
    [id],
  );
  assert.equal(answer.total, 1);
  assert.deepEqual(answer.status, { ready: true, indexed: 1, total: 1 });
});

test('the second search loads the saved index instead of building it again', async () => {
  const { dir } = await archiveWithSample();
  await runCli(['search', 'harbour', '--archive', dir], memoryIo());
  const io = memoryIo();
  assert.equal(await runCli(['search', 'harbour', '--archive', dir], io), 0);
  assert.doesNotMatch(io.err(), /Indexing/);
});

test('a search without matches prints nothing and says so on stderr', async () => {
  const { dir } = await archiveWithSample();
  const io = memoryIo();
  assert.equal(await runCli(['search', 'zeppelin', '--archive', dir], io), 0);
  assert.equal(io.out(), '');
  assert.match(io.err(), /No reviews match\.\n$/);
});

test('a problem in the query is printed after the results and the exit code is 2', async () => {
  const { dir } = await archiveWithSample();
  const io = memoryIo();
  assert.equal(await runCli(['search', 'harbour after:someday', '--archive', dir], io), 2);
  assert.match(io.out(), new RegExp(sampleTitle));
  assert.match(io.err(), /after: needs a date like 2003-01-01\n$/);
});

test('--limit caps the results and says how many more there are', async () => {
  const { dir } = await archiveWithSample();
  const library = await openLibrary(dir);
  await library.api.importMarkdown({ content: '# Harbour again\n\nThe harbour was quiet.', fileName: 'again.md' });
  await library.close();
  const io = memoryIo();
  assert.equal(await runCli(['search', 'harbour', '--limit', '1', '--archive', dir], io), 0);
  assert.equal(io.out().split('\n\n').length, 1);
  assert.match(io.err(), /Showing 1 of 2 matching reviews; use --limit N for more\.\n$/);
});

test('search refuses a missing query, a bad --limit and a folder without an archive', async () => {
  const { dir } = await archiveWithSample();
  const missing = memoryIo();
  assert.equal(await runCli(['search', '--archive', dir], missing), 2);
  assert.match(missing.err(), /^Give words to search for: offprint search "<query>"\.\n/);
  const limit = memoryIo();
  assert.equal(await runCli(['search', 'x', '--limit', 'lots', '--archive', dir], limit), 2);
  assert.match(limit.err(), /^--limit takes a whole number from 1 to 200, but got "lots"\.\n/);
  const empty = await emptyFolder();
  const none = memoryIo();
  assert.equal(await runCli(['search', 'x', '--archive', empty], none), 1);
  assert.equal(none.err(), `There is no Offprint archive at ${empty}.\n`);
});

test('marked passages put every highlighted stretch between « and »', () => {
  assert.equal(
    markSnippet({
      text: 'The harbour strike ended.',
      highlights: [
        [12, 18],
        [4, 11],
      ],
    }),
    'The «harbour» «strike» ended.',
  );
});

test('while another process has the archive open, search still answers, reading it without writing an index', async () => {
  const { dir } = await archiveWithSample();
  const holder = await openLibrary(dir);
  try {
    const io = memoryIo();
    assert.equal(await runCli(['search', 'harbour', '--archive', dir], io), 0);
    assert.match(io.out(), new RegExp(sampleTitle));
    assert.equal((await readdir(dir)).includes('search'), false);
  } finally {
    await holder.close();
  }
});
