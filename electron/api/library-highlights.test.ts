import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { HighlightSelector } from '../model/note.ts';
import type { OffprintEvent } from './contract.ts';
import { dispatch } from './dispatch.ts';
import { openLibrary } from './library.ts';

const selector: HighlightSelector = {
  quote: { exact: 'the strike', prefix: 'covered ', suffix: ' at' },
  position: { start: 40, end: 50 },
};

async function openSample() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-highlights-'));
  const library = await openLibrary(dir);
  const reviewId = (await library.api.listReviews({})).reviews[0]?.id ?? '';
  return { dir, reviewId, ...library };
}

test('a highlight is saved with its selector, colour, comment and tags, and listed beside the free note', async () => {
  const { api, reviewId, events } = await openSample();
  const seen: OffprintEvent[] = [];
  events.subscribe((event) => seen.push(event));
  await api.saveNote({ reviewId, body: 'Free note' });
  const saved = await api.saveHighlight({ reviewId, selector, color: 'yellow', body: '', tags: ['strike'] });
  assert.equal(saved.kind, 'highlight');
  assert.deepEqual(saved.selector, selector);
  assert.equal(saved.color, 'yellow');
  assert.deepEqual(saved.tags, ['strike']);
  const { notes } = await api.listNotes({ reviewId });
  assert.deepEqual(
    notes.map((note) => note.kind ?? 'note'),
    ['note', 'highlight'],
  );
  assert.ok(seen.some((event) => event.type === 'notes-changed'));
});

test('a highlight gets a comment and a new colour without losing where it was made', async () => {
  const { api, reviewId } = await openSample();
  const created = await api.saveHighlight({ reviewId, selector, color: 'yellow', body: '', tags: [] });
  const changed = await api.saveHighlight({
    reviewId,
    id: created.id,
    selector,
    color: 'pink',
    body: 'Worth quoting',
    tags: [],
  });
  assert.equal(changed.id, created.id);
  assert.equal(changed.createdAt, created.createdAt);
  const [stored] = (await api.listNotes({ reviewId })).notes;
  assert.equal(stored?.body, 'Worth quoting');
  assert.equal(stored?.color, 'pink');
});

test('a highlight is deleted like a note and is gone after reopening', async () => {
  const { api, archive, dir, reviewId } = await openSample();
  const created = await api.saveHighlight({ reviewId, selector, color: 'blue', body: 'x', tags: [] });
  assert.deepEqual(await api.deleteNote({ reviewId, id: created.id }), { deleted: true });
  await archive.close();
  const reopened = await openLibrary(dir);
  assert.deepEqual((await reopened.api.listNotes({ reviewId })).notes, []);
});

test('saving a highlight to an unknown id, a free note or an unknown review says what happened', async () => {
  const { api, reviewId } = await openSample();
  const note = await api.saveNote({ reviewId, body: 'Free note' });
  const input = { reviewId, selector, color: 'green' as const, body: '', tags: [] };
  await assert.rejects(api.saveHighlight({ ...input, id: 'missing' }), /no highlight with id "missing"/);
  await assert.rejects(api.saveHighlight({ ...input, id: note.id }), /no highlight with id/);
  await assert.rejects(api.saveHighlight({ ...input, reviewId: 'nope' }), /no review with id "nope"/);
});

test('a highlight with an unknown colour, an empty quote or a backwards position is refused', async () => {
  const { api, reviewId } = await openSample();
  const input = { reviewId, selector, color: 'yellow', body: '', tags: [] };
  const wrongColour = await dispatch(api, 'saveHighlight', { ...input, color: 'orange' });
  assert.equal(wrongColour.ok, false);
  const emptyQuote = await dispatch(api, 'saveHighlight', {
    ...input,
    selector: { ...selector, quote: { ...selector.quote, exact: '' } },
  });
  assert.equal(emptyQuote.ok, false);
  const backwards = await dispatch(api, 'saveHighlight', {
    ...input,
    selector: { ...selector, position: { start: 50, end: 40 } },
  });
  assert.equal(backwards.ok, false);
  assert.match(backwards.ok ? '' : backwards.error, /end of a highlight must come after its start/);
  assert.deepEqual((await api.listNotes({ reviewId })).notes, []);
});

test('a notes file written before highlights existed still reads, its notes counted as free notes', async () => {
  const { api, archive, dir, reviewId } = await openSample();
  await api.saveNote({ reviewId, body: 'Old note' });
  await archive.close();
  const file = path.join(dir, 'notes', `${reviewId}.json`);
  const stored = JSON.parse(await readFile(file, 'utf8')) as { notes: Record<string, unknown>[] };
  for (const note of stored.notes) delete note.kind;
  await writeFile(file, JSON.stringify(stored));
  const reopened = await openLibrary(dir);
  const { notes } = await reopened.api.listNotes({ reviewId });
  assert.equal(notes[0]?.body, 'Old note');
  assert.equal(notes[0]?.kind, undefined);
});
