import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { OffprintError } from '../../model/offprint-error.ts';
import { SearchIndex } from '../search-index.ts';
import { testDocument } from './test-document.ts';

const queries = [
  'budget',
  'bud',
  '"regional press"',
  'author:ruiz',
  'press -courts',
  '東京',
  'budgte ',
  'after:2003 press',
];

const review = testDocument;

function sampleIndex(blockBytes?: number): SearchIndex {
  const index = SearchIndex.create(blockBytes === undefined ? {} : { blockBytes });
  for (let n = 0; n < 60; n++) {
    index.add(
      review(`r${n}`, {
        title: n % 3 ? `Budget week ${n}` : `Courts week ${n}`,
        authors: n % 4 ? ['Ana Ruiz'] : ['Jon Brandt'],
        body: `The regional press on the budget and courts, issue ${n}. ${n % 5 ? '' : '東京都の話'}`,
        publishedAt: `${2000 + (n % 6)}-03-01`,
        notes: [`note ${n}`],
      }),
    );
  }
  index.remove('r7');
  index.add(review('r8', { body: 'replaced budget text' }));
  return index;
}

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'offprint-search-'));
}

function answers(index: SearchIndex): unknown[] {
  return queries.map((query) => index.search(query, { limit: 100 }));
}

test('an index saved and loaded answers every query the same', async () => {
  const dir = await tempDir();
  const index = sampleIndex();
  const matching = queries.map((query) =>
    index
      .search(query, { limit: 100 })
      .hits.map((hit) => hit.id)
      .sort(),
  );
  await index.save(dir);
  const before = answers(index);
  assert.deepEqual(
    queries.map((query) =>
      index
        .search(query, { limit: 100 })
        .hits.map((hit) => hit.id)
        .sort(),
    ),
    matching,
  );
  const loaded = await SearchIndex.load(dir);
  assert.ok(loaded);
  assert.equal(loaded.size, index.size);
  assert.equal(loaded.has('r7'), false);
  assert.deepEqual(answers(loaded), before);
  await rm(dir, { recursive: true });
});

test('postings larger than one block are saved as several files and load back whole', async () => {
  const dir = await tempDir();
  const index = sampleIndex(512);
  await index.save(dir);
  const before = answers(index);
  const postings = (await readdir(dir)).filter((name) => name.startsWith('postings-'));
  assert.ok(postings.length > 2, `expected several postings files, got ${postings.length}`);
  for (const name of postings) assert.ok((await stat(path.join(dir, name))).size <= 4096);
  assert.deepEqual(answers((await SearchIndex.load(dir)) as SearchIndex), before);
  await rm(dir, { recursive: true });
});

test('a loaded index takes new reviews and saves again, leaving only the new files', async () => {
  const dir = await tempDir();
  await sampleIndex().save(dir);
  const loaded = (await SearchIndex.load(dir)) as SearchIndex;
  const firstFiles = await readdir(dir);
  const savedBudget = loaded.search('budget', { limit: 100 }).total;
  loaded.add(review('late', { body: 'a late budget' }));
  loaded.remove('r1');
  const budget = loaded.search('budget', { limit: 100 });
  assert.equal(budget.total, savedBudget);
  assert.ok(budget.hits.some((hit) => hit.id === 'late'));
  assert.deepEqual(
    loaded.search('"late budget"').hits.map((hit) => hit.id),
    ['late'],
  );
  await loaded.save(dir);
  const again = (await SearchIndex.load(dir)) as SearchIndex;
  assert.equal(again.has('late'), true);
  assert.equal(again.has('r1'), false);
  assert.deepEqual(answers(again), answers(loaded));
  const files = await readdir(dir);
  assert.equal(files.filter((name) => firstFiles.includes(name) && name !== 'manifest.json').length, 0);
  await rm(dir, { recursive: true });
});

test('loading a folder with no index gives null', async () => {
  const dir = await tempDir();
  assert.equal(await SearchIndex.load(dir), null);
  assert.equal(await SearchIndex.load(path.join(dir, 'missing')), null);
  await rm(dir, { recursive: true });
});

test('a damaged postings file is reported in one line that says what to do', async () => {
  const dir = await tempDir();
  await sampleIndex().save(dir);
  const name = (await readdir(dir)).find((file) => file.startsWith('postings-')) as string;
  const bytes = await readFile(path.join(dir, name));
  bytes[0] = (bytes[0] as number) ^ 0xff;
  await writeFile(path.join(dir, name), bytes);
  await assert.rejects(SearchIndex.load(dir), (error: Error) => {
    assert.ok(error instanceof OffprintError);
    assert.match(
      error.message,
      /^Search index in .* is damaged \(postings-.*\.bin does not match its checksum\): it has to be rebuilt/,
    );
    assert.doesNotMatch(error.message, /\n/);
    return true;
  });
  await rm(dir, { recursive: true });
});

test('a missing file is reported as damage', async () => {
  const dir = await tempDir();
  await sampleIndex().save(dir);
  const name = (await readdir(dir)).find((file) => file.startsWith('terms-')) as string;
  await rm(path.join(dir, name));
  await assert.rejects(SearchIndex.load(dir), /is damaged \(terms-.*\.txt is missing\)/);
  await rm(dir, { recursive: true });
});

test('a manifest that is not JSON is reported as damage', async () => {
  const dir = await tempDir();
  await sampleIndex().save(dir);
  await writeFile(path.join(dir, 'manifest.json'), '{"format":');
  await assert.rejects(SearchIndex.load(dir), /is damaged \(manifest\.json is not valid JSON\)/);
  await writeFile(path.join(dir, 'manifest.json'), '{"format":"something else"}');
  await assert.rejects(SearchIndex.load(dir), /is damaged \(manifest\.json is not an Offprint search index manifest\)/);
  await rm(dir, { recursive: true });
});

test('a manifest with impossible counts or no files is reported as damage', async () => {
  const dir = await tempDir();
  await sampleIndex().save(dir);
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, terms: -1 }));
  await assert.rejects(SearchIndex.load(dir), /manifest\.json has impossible counts/);
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, generation: 'x' }));
  await assert.rejects(SearchIndex.load(dir), /manifest\.json names no files/);
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, blocks: manifest.blocks + 1 }));
  await assert.rejects(SearchIndex.load(dir), /manifest\.json does not list postings-/);
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, terms: manifest.terms + 1 }));
  await assert.rejects(SearchIndex.load(dir), /the dictionary has the wrong number of terms/);
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, documents: manifest.documents + 1 }));
  await assert.rejects(SearchIndex.load(dir), /the document list does not match the manifest/);
  await rm(dir, { recursive: true });
});

test('an index of another format version asks to be rebuilt', async () => {
  const dir = await tempDir();
  await sampleIndex().save(dir);
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, version: 99 }));
  await assert.rejects(
    SearchIndex.load(dir),
    (error: Error) =>
      error instanceof OffprintError &&
      /has format version 99 and this Offprint reads version 1: it has to be rebuilt/.test(error.message),
  );
  await rm(dir, { recursive: true });
});

test('an empty index saves and loads', async () => {
  const dir = await tempDir();
  await SearchIndex.create().save(dir);
  const loaded = (await SearchIndex.load(dir)) as SearchIndex;
  assert.equal(loaded.size, 0);
  assert.equal(loaded.search('anything').total, 0);
  await rm(dir, { recursive: true });
});

test('saving where a file blocks the folder fails with the folder named', async () => {
  const dir = await tempDir();
  const blocked = path.join(dir, 'search');
  await writeFile(blocked, 'not a folder');
  await assert.rejects(sampleIndex().save(blocked), /search/);
  await rm(dir, { recursive: true });
});

test('saves started together land one after another and the last one wins', async () => {
  const dir = await tempDir();
  const index = sampleIndex();
  const first = index.save(dir);
  index.add(review('between', { body: 'budget between saves' }));
  index.remove('r2');
  await Promise.all([first, index.save(dir)]);
  const loaded = (await SearchIndex.load(dir)) as SearchIndex;
  assert.equal(loaded.has('between'), true);
  assert.equal(loaded.has('r2'), false);
  assert.deepEqual(answers(loaded), answers(index));
  await rm(dir, { recursive: true });
});
