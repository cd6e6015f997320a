import assert from 'node:assert/strict';
import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { OffprintEvent } from './contract.ts';
import { openLibrary } from './library.ts';

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'offprint-library-'));
}

test('a new archive starts with the sample review and its reference list', async () => {
  const { api } = await openLibrary(await tempDir());
  const { reviews } = await api.listReviews({});
  assert.equal(reviews.length, 1);
  const sample = await api.getReview({ id: reviews[0]?.id ?? '' });
  assert.equal(sample.title, 'How the coastal papers covered the harbour strike');
  assert.equal(sample.series, 'Weekly Media Review');
  assert.equal(sample.references.length, 5);
  assert.equal(sample.provenance.kind, 'sample');
});

test('the sample review is added once, not again on every opening', async () => {
  const dir = await tempDir();
  await (await openLibrary(dir)).archive.close();
  const { api } = await openLibrary(dir);
  assert.equal((await api.listReviews({})).reviews.length, 1);
  assert.equal((await readdir(path.join(dir, 'reviews'))).length, 1);
});

test('a note is saved, changed, kept across reopening and deleted', async () => {
  const dir = await tempDir();
  const first = await openLibrary(dir);
  const reviewId = (await first.api.listReviews({})).reviews[0]?.id ?? '';
  const created = await first.api.saveNote({ reviewId, body: 'First thought' });
  const changed = await first.api.saveNote({ reviewId, id: created.id, body: 'Second thought' });
  assert.equal(changed.id, created.id);
  assert.equal(changed.createdAt, created.createdAt);
  await first.archive.close();

  const second = await openLibrary(dir);
  assert.deepEqual(
    (await second.api.listNotes({ reviewId })).notes.map((note) => note.body),
    ['Second thought'],
  );
  assert.deepEqual(await second.api.deleteNote({ reviewId, id: created.id }), { deleted: true });
  assert.deepEqual(await second.api.deleteNote({ reviewId, id: created.id }), { deleted: false });
  assert.deepEqual((await second.api.listNotes({ reviewId })).notes, []);
});

test('saving to a deleted note or an unknown review says what happened', async () => {
  const { api } = await openLibrary(await tempDir());
  const reviewId = (await api.listReviews({})).reviews[0]?.id ?? '';
  await assert.rejects(
    api.saveNote({ reviewId, id: 'gone', body: 'x' }),
    /There is no note with id "gone" on this review/,
  );
  await assert.rejects(api.listNotes({ reviewId: 'missing' }), /There is no review with id "missing"/);
});

test('importing Markdown adds a review and announces it', async () => {
  const { api, events } = await openLibrary(await tempDir(), { addSample: false });
  const seen: OffprintEvent[] = [];
  events.subscribe((event) => seen.push(event));
  const summary = await api.importMarkdown({
    content: '---\ntitle: Talks resume\nseries: Weekly Review\nissue: 64\n---\nBody text.',
    fileName: 'talks.md',
  });
  assert.equal(summary.title, 'Talks resume');
  assert.equal((await api.listReviews({})).reviews.length, 1);
  assert.deepEqual(seen, [{ type: 'review-added', payload: { review: summary } }]);
  assert.deepEqual((await api.getReview({ id: summary.id })).provenance, { kind: 'markdown', fileName: 'talks.md' });
});

test('a Markdown file that cannot be imported leaves the archive as it was', async () => {
  const dir = await tempDir();
  const { api } = await openLibrary(dir, { addSample: false });
  await assert.rejects(
    api.importMarkdown({ content: '', fileName: 'empty.md' }),
    /Cannot import "empty.md": it is empty/,
  );
  assert.deepEqual((await api.listReviews({})).reviews, []);
  assert.deepEqual(await readdir(path.join(dir, 'reviews')), []);
});

test('settings changes are saved and announced', async () => {
  const { api, events } = await openLibrary(await tempDir());
  const seen: string[] = [];
  events.subscribe((event) => seen.push(event.type));
  const settings = await api.updateSettings({ theme: 'dark' });
  assert.equal(settings.theme, 'dark');
  assert.equal((await api.getSettings({})).theme, 'dark');
  assert.deepEqual(seen, ['settings-changed']);
});

test('tagging, deleting and undeleting a review are announced so every window can follow', async () => {
  const { api, events } = await openLibrary(await tempDir());
  const id = (await api.listReviews({})).reviews[0]?.id ?? '';
  const seen: string[] = [];
  events.subscribe((event) => seen.push(event.type));
  assert.deepEqual((await api.tagReview({ id, tags: ['strike'] })).tags, ['strike']);
  await api.deleteReview({ id });
  assert.deepEqual((await api.listReviews({})).reviews, []);
  assert.deepEqual(
    (await api.listTrash({})).reviews.map((row) => row.id),
    [id],
  );
  await api.undeleteReview({ id });
  assert.equal((await api.listReviews({})).reviews.length, 1);
  assert.deepEqual(seen, ['review-changed', 'review-removed', 'review-added']);
});

test('the archive status names the folder and whether it can be changed', async () => {
  const dir = await tempDir();
  const { api } = await openLibrary(dir);
  assert.deepEqual(await api.getArchiveStatus({}), { dir: path.resolve(dir), readOnlyReason: null, notices: [] });
});
