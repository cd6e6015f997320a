import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MethodInput } from '../../electron/api/contract.ts';
import type { Note } from '../../electron/model/note.ts';
import { type NoteApi, NoteSaver } from './note-saver.ts';

/** An in-memory stand-in for the host: stores notes, can be made to fail or to hold saves until released. */
function fakeHost() {
  const notes = new Map<string, Note>();
  const saves: MethodInput<'saveNote'>[] = [];
  const host = { failing: false, held: undefined as Promise<void> | undefined };
  const api: NoteApi = {
    async saveNote(input) {
      saves.push(input);
      await host.held;
      if (host.failing) throw new Error('The archive folder is read-only');
      const now = new Date().toISOString();
      const id = input.id ?? `note-${notes.size + saves.length}`;
      if (input.id && !notes.has(input.id)) throw new Error(`There is no note with id "${input.id}"`);
      const note = { id, reviewId: input.reviewId, body: input.body, createdAt: now, updatedAt: now };
      notes.set(id, note);
      return note;
    },
    async deleteNote({ id }) {
      if (host.failing) throw new Error('The archive folder is read-only');
      return { deleted: notes.delete(id) };
    },
  };
  return { api, notes, saves, host };
}

const slow = { debounceMs: 60_000, undoMs: 60_000 };

function nextChange(saver: NoteSaver, until: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const stop = saver.onChange(() => {
      if (!until()) return;
      stop();
      resolve();
    });
  });
}

test('typing saves once after the pause, and the first save creates the note that later saves update', async () => {
  const { api, notes, saves } = fakeHost();
  const saver = new NoteSaver(api, 'review-1', { debounceMs: 5 });
  saver.edit('F');
  saver.edit('Fi');
  saver.edit('First');
  assert.deepEqual(saver.status, { kind: 'saving' });
  await nextChange(saver, () => saver.status.kind === 'saved');
  assert.deepEqual(saves, [{ reviewId: 'review-1', body: 'First' }]);
  saver.edit('First, then more');
  await saver.flush();
  assert.equal(saves[1]?.id, saver.noteId);
  assert.equal(notes.size, 1);
  assert.equal([...notes.values()][0]?.body, 'First, then more');
});

test('text typed while the first save is still on its way updates that note instead of creating a second', async () => {
  const { api, notes, host } = fakeHost();
  let release: () => void = () => {};
  host.held = new Promise((resolve) => {
    release = resolve;
  });
  const saver = new NoteSaver(api, 'review-1', slow);
  saver.edit('one');
  const first = saver.flush();
  saver.edit('one two');
  const second = saver.flush();
  release();
  await Promise.all([first, second]);
  assert.equal(notes.size, 1);
  assert.equal([...notes.values()][0]?.body, 'one two');
  assert.deepEqual(saver.status, { kind: 'saved' });
});

test('a failed save keeps the text, says so, and the next edit retries it', async () => {
  const { api, notes, host } = fakeHost();
  const saver = new NoteSaver(api, 'review-1', slow);
  host.failing = true;
  saver.edit('keep me');
  await saver.flush();
  assert.equal(saver.status.kind, 'save-failed');
  assert.equal(saver.body, 'keep me');
  assert.equal(saver.unsettled, true);
  host.failing = false;
  saver.edit('keep me too');
  await saver.flush();
  assert.deepEqual(saver.status, { kind: 'saved' });
  assert.equal([...notes.values()][0]?.body, 'keep me too');
});

test('a note loaded from the archive never replaces text that is not saved yet', async () => {
  const { api, host } = fakeHost();
  const saver = new NoteSaver(api, 'review-1', slow);
  saver.load({ id: 'n1', reviewId: 'review-1', body: 'stored', createdAt: '', updatedAt: '' });
  assert.equal(saver.body, 'stored');
  host.failing = true;
  saver.edit('typed');
  await saver.flush();
  saver.load({ id: 'n1', reviewId: 'review-1', body: 'stored', createdAt: '', updatedAt: '' });
  assert.equal(saver.body, 'typed');
});

test('deleting a note empties the editor and Undo brings the text back as a note', async () => {
  const { api, notes } = fakeHost();
  const saver = new NoteSaver(api, 'review-1', slow);
  saver.edit('worth keeping');
  await saver.flush();
  await saver.remove();
  assert.equal(notes.size, 0);
  assert.equal(saver.body, '');
  assert.equal(saver.noteId, undefined);
  assert.deepEqual(saver.status, { kind: 'deleted' });
  assert.equal(saver.canUndo, true);
  await saver.restore();
  assert.equal(saver.body, 'worth keeping');
  assert.equal([...notes.values()][0]?.body, 'worth keeping');
  assert.equal(saver.canUndo, false);
});

test('the offer to undo a delete ends after a while', async () => {
  const { api } = fakeHost();
  const saver = new NoteSaver(api, 'review-1', { debounceMs: 60_000, undoMs: 5 });
  saver.edit('brief');
  await saver.flush();
  await saver.remove();
  await nextChange(saver, () => !saver.canUndo);
  assert.deepEqual(saver.status, { kind: 'idle' });
});

test('a failed delete keeps the note and says so', async () => {
  const { api, notes, host } = fakeHost();
  const saver = new NoteSaver(api, 'review-1', slow);
  saver.edit('stays');
  await saver.flush();
  host.failing = true;
  await saver.remove();
  assert.equal(saver.status.kind, 'delete-failed');
  assert.equal(saver.body, 'stays');
  assert.equal(notes.size, 1);
});
