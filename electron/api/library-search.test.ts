import assert from 'node:assert/strict';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { OffprintEvent } from './contract.ts';
import { dispatch } from './dispatch.ts';
import { type Library, openLibrary } from './library.ts';

const sampleTitle = 'How the coastal papers covered the harbour strike';

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'offprint-search-service-'));
}

/** A new archive whose search index was built and saved (by opening it, searching and closing it). */
async function archiveWithSavedIndex(): Promise<string> {
  const dir = await tempDir();
  const first = await openLibrary(dir);
  await first.search.whenReady();
  await first.close();
  return dir;
}

/** Opens the library in `dir`, waits until its search is ready, runs `use` on it and closes it again. */
async function withSearchReady(
  dir: string,
  use: (library: Library) => Promise<void>,
  options?: Parameters<typeof openLibrary>[1],
): Promise<void> {
  const library = await openLibrary(dir, options);
  try {
    await library.search.whenReady();
    await use(library);
  } finally {
    await library.close();
  }
}

const muller = [
  '---',
  'title: Interview week',
  'authors:',
  '  - name: Jana Müller',
  '---',
  '',
  'Die Zeitung sprach mit Herrn Müller über den Streik.',
].join('\n');

test('opening a library starts no search worker and writes no index until search is used', async () => {
  const dir = await tempDir();
  const library = await openLibrary(dir);
  await library.api.listReviews({});
  await library.close();
  assert.equal((await readdir(dir)).includes('search'), false);
});

test('the first search builds the index in the worker, reports progress and answers with rows, passages and matches', async () => {
  const library = await openLibrary(await tempDir());
  const progress: OffprintEvent[] = [];
  library.events.subscribe((event) => event.type === 'search-progress' && progress.push(event));
  try {
    await library.search.whenReady();
    const answer = await library.api.search({ query: 'harbour strike' });
    assert.equal(answer.hits[0]?.review.title, sampleTitle);
    assert.deepEqual(answer.status, { ready: true, indexed: 1, total: 1 });
    assert.equal(answer.total, 1);
    assert.deepEqual(answer.problems, []);
    const snippet = answer.hits[0]?.snippet;
    assert.ok(snippet && snippet.highlights.length > 0);
    for (const [start, end] of snippet.highlights) assert.match(snippet.text.slice(start, end), /harbour|strike/i);
    assert.ok(answer.hits[0]?.match);
    assert.ok(progress.some((event) => event.type === 'search-progress' && event.payload.ready));
    assert.deepEqual(await library.api.getSearchStatus({}), { ready: true, indexed: 1, total: 1 });
  } finally {
    await library.close();
  }
});

test('imports, notes and removals reach the index while it runs, and closing saves it for the next opening', async () => {
  const dir = await tempDir();
  await withSearchReady(dir, async (first) => {
    const added = await first.api.importMarkdown({ content: muller, fileName: 'muller.md' });
    assert.deepEqual(
      (await first.api.search({ query: 'muller' })).hits.map((hit) => hit.review.id),
      [added.id],
    );
    const sampleId = (await first.api.listReviews({})).reviews.find((review) => review.title === sampleTitle)?.id ?? '';
    await first.api.saveNote({ reviewId: sampleId, body: 'Ask about the lighthouse keepers' });
    const inNotes = await first.api.search({ query: 'lighthouse in:notes' });
    assert.deepEqual(
      inNotes.hits.map((hit) => [hit.review.id, hit.field]),
      [[sampleId, 'notes']],
    );
    await first.api.deleteReview({ id: added.id });
    assert.equal((await first.api.search({ query: 'muller' })).total, 0);
  });
  assert.ok((await readdir(path.join(dir, 'search'))).includes('stamps.json'));

  await withSearchReady(dir, async (second) => {
    assert.equal((await second.api.search({ query: 'lighthouse' })).hits.length, 1);
    assert.equal((await second.api.search({ query: 'muller' })).total, 0);
  });
});

test('a review imported and a note written while search was not running are found at the next opening', async () => {
  const dir = await archiveWithSavedIndex();
  const quiet = await openLibrary(dir);
  const added = await quiet.api.importMarkdown({ content: muller, fileName: 'muller.md' });
  const sampleId = (await quiet.api.listReviews({})).reviews.find((review) => review.title === sampleTitle)?.id ?? '';
  await quiet.api.saveNote({ reviewId: sampleId, body: 'Remember the ferry timetable' });
  await quiet.close();
  await withSearchReady(dir, async (later) => {
    const answer = await later.api.search({ query: 'müller' });
    assert.deepEqual(
      answer.hits.map((hit) => hit.review.id),
      [added.id],
    );
    assert.deepEqual(answer.status, { ready: true, indexed: 2, total: 2 });
    assert.deepEqual(
      (await later.api.search({ query: 'ferry timetable' })).hits.map((hit) => hit.review.id),
      [sampleId],
    );
  });
});

test('a damaged saved index is rebuilt instead of failing', async () => {
  const dir = await archiveWithSavedIndex();
  await writeFile(path.join(dir, 'search', 'stamps.json'), '{ not json');
  for (const name of await readdir(path.join(dir, 'search', 'index'))) {
    await writeFile(path.join(dir, 'search', 'index', name), 'damaged');
  }
  await withSearchReady(dir, async (second) => {
    assert.equal((await second.api.search({ query: 'harbour' })).hits[0]?.review.title, sampleTitle);
  });
});

test('a query with a bad date still runs and says what was wrong in one line', async () => {
  const library = await openLibrary(await tempDir());
  try {
    await library.search.whenReady();
    const answer = await library.api.search({ query: 'harbour before:soon' });
    assert.equal(answer.problems.length, 1);
    assert.match(answer.problems[0] ?? '', /before: needs a date like 2003-01-01/);
  } finally {
    await library.close();
  }
});

test('a read-only library searches in memory and leaves the index files to the writer', async () => {
  const dir = await tempDir();
  await (await openLibrary(dir)).close();
  await withSearchReady(
    dir,
    async (reader) => {
      assert.equal((await reader.api.search({ query: 'harbour' })).hits.length, 1);
    },
    { readOnly: true, addSample: false },
  );
  assert.equal((await readdir(dir)).includes('search'), false);
});

test('the search input is checked by the contract: an overlong query is refused with one line', async () => {
  const library = await openLibrary(await tempDir());
  try {
    const result = await dispatch(library.api, 'search', { query: 'x'.repeat(2001) });
    assert.equal(result.ok, false);
    const limit = await dispatch(library.api, 'search', { query: 'x', limit: 0 });
    assert.equal(limit.ok, false);
  } finally {
    await library.close();
  }
});

test('when the index cannot be saved, search still works and the reader is told once', async () => {
  const dir = await tempDir();
  await (await openLibrary(dir)).close();
  await writeFile(path.join(dir, 'search'), 'a file where the index folder should be');
  const library = await openLibrary(dir);
  const notices: string[] = [];
  library.events.subscribe((event) => event.type === 'archive-notice' && notices.push(event.payload.notice));
  try {
    await library.search.whenReady();
    assert.equal((await library.api.search({ query: 'harbour' })).hits.length, 1);
  } finally {
    await library.close();
  }
  assert.equal(notices.length, 1);
  assert.match(
    notices[0] ?? '',
    /^Could not save the search index in .*search .*; search still works and builds it again next time\.$/,
  );
});

test('a review file that does not parse is left out of the index, and the rest is still searched', async () => {
  const dir = await tempDir();
  const first = await openLibrary(dir);
  const added = await first.api.importMarkdown({ content: muller, fileName: 'muller.md' });
  await first.close();
  await writeFile(path.join(dir, 'reviews', `${added.id}.json`), '{ damaged');
  await withSearchReady(dir, async (library) => {
    assert.equal((await library.api.search({ query: 'muller' })).total, 0);
    assert.equal((await library.api.search({ query: 'harbour' })).hits[0]?.review.title, sampleTitle);
    assert.deepEqual(await library.api.getSearchStatus({}), { ready: true, indexed: 1, total: 2 });
  });
});

test('a search asked for the moment search starts waits for the index to open instead of failing', async () => {
  const dir = await archiveWithSavedIndex();
  const library = await openLibrary(dir);
  try {
    // No wait for readiness: the worker gets "open" and then "search" straight away.
    const answer = await library.api.search({ query: 'harbour' });
    assert.deepEqual(answer.problems, []);
    assert.ok(answer.total <= 1);
  } finally {
    await library.close();
  }
});
