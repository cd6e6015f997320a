import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { openLibrary } from '../api/library.ts';
import { Archive } from '../archive/archive.ts';
import { IndexSchema, NotesFileSchema } from '../archive/archive-format.ts';
import { ReviewSchema } from '../model/review.ts';
import { type GeneratedArchive, generateArchive } from './generate-archive.ts';

const count = 20;
let root: string;
let generated: GeneratedArchive;

before(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'offprint-bench-generate-'));
  generated = await generateArchive(path.join(root, 'archive'), count, 42);
});

after(async () => {
  await rm(root, { recursive: true, force: true });
});

const readJson = async (...parts: string[]): Promise<unknown> =>
  JSON.parse(await readFile(path.join(generated.dir, ...parts), 'utf8'));

test('the generated archive opens cleanly and lists its reviews newest import first', async () => {
  const archive = await Archive.open(generated.dir);
  try {
    assert.deepEqual(archive.notices, []);
    assert.deepEqual(
      archive.listReviews().map((row) => row.id),
      [...generated.reviewIds].reverse(),
    );
  } finally {
    await archive.close();
  }
  assert.ok(IndexSchema.safeParse(await readJson('offprint.json')).success);
  assert.deepEqual((await readdir(generated.dir)).sort(), [
    '.tmp',
    'backups',
    'notes',
    'offprint.json',
    'review-states',
    'reviews',
    'settings.json',
    'trash',
  ]);
});

test('every review file passes the contract and reads like a review: long body, parsed references, authors', async () => {
  for (const id of generated.reviewIds) {
    const review = ReviewSchema.parse(await readJson('reviews', `${id}.json`));
    assert.equal(review.id, id);
    assert.ok(review.body.length >= 9000 && review.body.length <= 12_000, `body of ${review.body.length} chars`);
    assert.match(review.body, /^## /m);
    assert.equal(review.references.length, 8);
    assert.equal(review.referenceCount, 8);
    for (const reference of review.references) {
      assert.ok(reference.title && reference.container && reference.issued, `unparsed: ${reference.raw}`);
    }
    assert.ok(review.authors.length >= 1 && review.authors.length <= 2);
    assert.match(review.series ?? '', /\w+ \w+/);
    assert.match(review.publishedAt ?? '', /^\d{4}-\d{2}-\d{2}$/);
  }
});

test('every review has three notes of about 300 characters in its notes file', async () => {
  for (const id of generated.reviewIds) {
    const { notes } = NotesFileSchema.parse(await readJson('notes', `${id}.json`));
    assert.equal(notes.length, 3);
    for (const note of notes) {
      assert.equal(note.reviewId, id);
      assert.ok(note.body.length >= 300 && note.body.length < 600, `note of ${note.body.length} chars`);
    }
  }
});

test('the API reads and saves notes on the generated archive', async () => {
  const library = await openLibrary(generated.dir, { addSample: false });
  try {
    const id = generated.reviewIds[3] as string;
    assert.equal((await library.api.getReview({ id })).id, id);
    const { notes } = await library.api.listNotes({ reviewId: id });
    const edited = await library.api.saveNote({ reviewId: id, id: notes[0]?.id, body: 'Edited.' });
    assert.equal(edited.body, 'Edited.');
    assert.equal((await library.api.listNotes({ reviewId: id })).notes.length, 3);
  } finally {
    await library.archive.close();
  }
});

test('the same seed generates the same archive', async () => {
  const again = await generateArchive(path.join(root, 'again'), count, 42);
  assert.deepEqual(again.reviewIds, generated.reviewIds);
  assert.equal(again.bytes, generated.bytes);
  assert.equal(again.files, generated.files);
});
