import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { reviewStateFile, shardOf } from '../archive/review-states.ts';
import type { HighlightSelector } from '../model/note.ts';
import type { OffprintEvent } from './contract.ts';
import { dispatch } from './dispatch.ts';
import { openLibrary } from './library.ts';

const selector: HighlightSelector = {
  quote: { exact: 'the strike', prefix: 'covered ', suffix: ' at' },
  position: { start: 40, end: 50 },
};

const secondReview = '---\ntitle: Second review\nseries: Media Review\nissue: "64"\n---\n\nBody text.\n';

async function openSample(dir?: string) {
  const folder = dir ?? (await mkdtemp(path.join(os.tmpdir(), 'offprint-states-')));
  const library = await openLibrary(folder);
  const reviewId = (await library.api.listReviews({})).reviews[0]?.id ?? '';
  const seen: OffprintEvent[] = [];
  library.events.subscribe((event) => seen.push(event));
  return { dir: folder, reviewId, seen, ...library };
}

test('note and highlight counts follow saves and deletes, and each change is announced', async () => {
  const { api, reviewId, seen } = await openSample();
  assert.deepEqual((await api.listReviewStates({})).states, []);
  const note = await api.saveNote({ reviewId, body: 'A note' });
  await api.saveHighlight({ reviewId, selector, color: 'green', body: '', tags: [] });
  assert.deepEqual((await api.listReviewStates({})).states, [{ id: reviewId, notes: 1, highlights: 1 }]);
  await api.deleteNote({ reviewId, id: note.id });
  assert.deepEqual((await api.listReviewStates({})).states, [{ id: reviewId, notes: 0, highlights: 1 }]);
  const announced = seen.filter((event) => event.type === 'review-state-changed');
  assert.equal(announced.length, 3);
});

test('an empty note is not counted, and typing into a note does not announce a state change', async () => {
  const { api, reviewId, seen } = await openSample();
  const note = await api.saveNote({ reviewId, body: '' });
  assert.equal((await api.listReviewStates({})).states.length, 0);
  await api.saveNote({ reviewId, id: note.id, body: 'T' });
  await api.saveNote({ reviewId, id: note.id, body: 'Th' });
  assert.equal(seen.filter((event) => event.type === 'review-state-changed').length, 1);
});

test('the reading position and the read mark survive reopening the archive', async () => {
  const first = await openSample();
  await first.api.saveReadingPosition({ id: first.reviewId, position: 0.4 });
  let state = await first.api.saveReadingPosition({ id: first.reviewId, position: 1, finished: true });
  assert.ok(state.readAt, 'finishing a review marks it read');
  await first.archive.close();

  const again = await openSample(first.dir);
  state = (await again.api.listReviewStates({})).states[0] ?? state;
  assert.equal(state.position, 1);
  assert.ok(state.readAt);
  const unread = await again.api.setRead({ id: again.reviewId, read: false });
  assert.equal(unread.readAt, undefined);
  assert.equal(unread.position, 1);
  const read = await again.api.setRead({ id: again.reviewId, read: true });
  assert.ok(read.readAt);
});

test('finishing a review again keeps the date it was first finished', async () => {
  const { api, reviewId } = await openSample();
  const first = await api.saveReadingPosition({ id: reviewId, position: 1, finished: true });
  const second = await api.saveReadingPosition({ id: reviewId, position: 1, finished: true });
  assert.equal(second.readAt, first.readAt);
});

test('an archive without the states file gets its counts from the notes files', async () => {
  const first = await openSample();
  await first.api.saveNote({ reviewId: first.reviewId, body: 'Kept' });
  await first.api.saveHighlight({ reviewId: first.reviewId, selector, color: 'blue', body: '', tags: [] });
  await first.archive.close();
  await rm(path.join(first.dir, 'review-states'), { recursive: true });

  const again = await openSample(first.dir);
  assert.deepEqual((await again.api.listReviewStates({})).states, [{ id: again.reviewId, notes: 1, highlights: 1 }]);
  assert.ok(JSON.parse(await readFile(reviewStateFile(first.dir, again.reviewId), 'utf8')).reviews[again.reviewId]);
});

test('a damaged states shard is moved aside, its counts are rebuilt, and the reader is told', async () => {
  const first = await openSample();
  await first.api.saveNote({ reviewId: first.reviewId, body: 'Kept' });
  await first.archive.close();
  const shard = reviewStateFile(first.dir, first.reviewId);
  await writeFile(shard, '{"reviews": {"x": {"notes": -1');

  const again = await openSample(first.dir);
  assert.deepEqual((await again.api.listReviewStates({})).states, [{ id: again.reviewId, notes: 1, highlights: 0 }]);
  const notice = again.seen.find((event) => event.type === 'archive-notice');
  assert.match(
    notice?.type === 'archive-notice' ? notice.payload.notice : '',
    /could not be used \(it is not valid JSON\); its note counts were rebuilt/,
  );
  const files = await readdir(path.dirname(shard));
  assert.ok(files.some((name) => name.startsWith(`${path.basename(shard)}.corrupt-`)));
});

test('counts left wrong by an interrupted write are put right when the notes are read', async () => {
  const first = await openSample();
  await first.api.saveNote({ reviewId: first.reviewId, body: 'Kept' });
  await first.archive.close();
  const stale = { reviews: { [first.reviewId]: { notes: 5, highlights: 2 } } };
  await writeFile(reviewStateFile(first.dir, first.reviewId), JSON.stringify(stale));

  const again = await openSample(first.dir);
  await again.api.listNotes({ reviewId: again.reviewId });
  assert.deepEqual((await again.api.listReviewStates({})).states, [{ id: again.reviewId, notes: 1, highlights: 0 }]);
  assert.ok(again.seen.some((event) => event.type === 'review-state-changed'));
});

test('the list of every note names its review, puts the newest first and leaves out reviews in the trash', async () => {
  const { api, reviewId } = await openSample();
  const other = await api.importMarkdown({ content: secondReview, fileName: 'second.md' });
  await api.saveNote({ reviewId, body: 'On the sample' });
  await api.saveNote({ reviewId: other.id, body: '' });
  await api.saveHighlight({ reviewId: other.id, selector, color: 'pink', body: 'Why', tags: ['strike'] });
  const { entries } = await api.listAllNotes({});
  assert.deepEqual(
    entries.map((entry) => [entry.review.title, entry.note.kind ?? 'note']),
    [
      ['Second review', 'highlight'],
      [(await api.getReview({ id: reviewId })).title, 'note'],
    ],
  );
  assert.equal(entries[0]?.review.issue, '64');
  await api.deleteReview({ id: other.id });
  assert.equal((await api.listAllNotes({})).entries.length, 1);
  assert.equal((await api.listReviewStates({})).states.length, 1);
});

test('reading state of a review that is not there, or a position outside 0–1, is refused in one line', async () => {
  const { api } = await openSample();
  assert.deepEqual(await dispatch(api, 'setRead', { id: 'missing', read: true }), {
    ok: false,
    kind: 'not-found',
    error: 'There is no review with id "missing" in this archive.',
  });
  const result = await dispatch(api, 'saveReadingPosition', { id: 'missing', position: 1.5 });
  assert.equal(result.ok, false);
  assert.match(result.ok ? '' : result.error, /position/);
});

test('an archive open for reading only refuses to record reading state', async () => {
  const first = await openSample();
  await first.archive.close();
  const reader = await openLibrary(first.dir, { readOnly: true });
  await assert.rejects(
    reader.api.saveReadingPosition({ id: first.reviewId, position: 0.5 }),
    /opened for reading only/,
  );
});

test('states are spread over 256 shards by a hash of the id, the same every time', () => {
  const shards = new Set(Array.from({ length: 5000 }, (_, i) => shardOf(`review-${i}`)));
  assert.equal(shards.size, 256);
  assert.equal(shardOf('6416f8ba-39bf-444c-94c4-04d7953a612f'), shardOf('6416f8ba-39bf-444c-94c4-04d7953a612f'));
  assert.match(shardOf('x'), /^[0-9a-f]{2}$/);
});

test("saving a review's state rewrites only its own small shard", async () => {
  const { api, archive, reviewId, dir } = await openSample();
  const other = await api.importMarkdown({ content: secondReview, fileName: 'second.md' });
  await api.saveReadingPosition({ id: reviewId, position: 0.3 });
  await api.saveReadingPosition({ id: other.id, position: 0.6 });
  await archive.states.settle();
  const file = reviewStateFile(dir, reviewId);
  const stored = JSON.parse(await readFile(file, 'utf8')).reviews;
  assert.equal(stored[reviewId].position, 0.3);
  if (shardOf(other.id) !== shardOf(reviewId)) assert.equal(stored[other.id], undefined);
});

test('a note is saved even when its count cannot be, and the reader is told', async () => {
  const { api, archive, reviewId, dir, seen } = await openSample();
  await api.listReviewStates({});
  await mkdir(reviewStateFile(dir, reviewId), { recursive: true });
  const saved = await api.saveNote({ reviewId, body: 'Kept all the same' });
  await archive.states.settle();
  assert.equal((await api.listNotes({ reviewId })).notes[0]?.id, saved.id);
  const notice = seen.find((event) => event.type === 'archive-notice');
  assert.match(
    notice?.type === 'archive-notice' ? notice.payload.notice : '',
    /^What you have read and the note counts in review-states\/[0-9a-f]{2}\.json could not be saved \(.+\); Offprint tries again with the next change\.$/,
  );
});

test('changes made in a burst are written together once the burst is over, and all of them on closing', async () => {
  const { api, archive, reviewId, dir } = await openSample();
  await api.listReviewStates({});
  await api.saveReadingPosition({ id: reviewId, position: 0.2 });
  await api.saveReadingPosition({ id: reviewId, position: 0.3 });
  const onDisk = () =>
    readFile(reviewStateFile(dir, reviewId), 'utf8').then(
      (text) => JSON.parse(text).reviews[reviewId]?.position,
      () => undefined,
    );
  assert.equal(await onDisk(), undefined, 'nothing is written while the burst goes on');
  await archive.close();
  assert.equal(await onDisk(), 0.3);
});
