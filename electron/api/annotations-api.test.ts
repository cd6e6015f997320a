import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { exportAnnotations } from '../export/annotation-export.ts';
import type { Note } from '../model/note.ts';
import { createAnnotationsApi } from './annotations-api.ts';
import type { OffprintEvent } from './contract.ts';
import { dispatch } from './dispatch.ts';
import { type Library, openLibrary } from './library.ts';

const fixturePage = path.resolve(import.meta.dirname, '../../../shared/fixtures/pages/weekly-review-63.txt');

/** A temp archive holding the fixture review, imported for real, with a free note and two highlights on it. */
async function archiveWithNotes(): Promise<{ dir: string; library: Library; reviewId: string; notes: Note[] }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-annotations-'));
  const library = await openLibrary(dir, { addSample: false });
  const reviewId = await importFixture(library);
  const { api } = library;
  const { body } = await api.getReview({ id: reviewId });
  await api.saveNote({ reviewId, body: 'The **motivation** matters more than the outcome.' });
  for (const [exact, color, comment, tags] of [
    ['flurry of diplomatic activity', 'pink', 'Note the *tone*.', ['tone', 'diplomacy']],
    ['two years of stagnation', 'yellow', '', []],
  ] as const) {
    const start = body.indexOf(exact);
    assert.ok(start >= 0, `the fixture body no longer contains "${exact}"`);
    const quote = {
      exact,
      prefix: body.slice(start - 12, start),
      suffix: body.slice(start + exact.length).slice(0, 12),
    };
    const selector = { quote, position: { start, end: start + exact.length } };
    await api.saveHighlight({ reviewId, selector, color, body: comment, tags: [...tags] });
  }
  return { dir, library, reviewId, notes: (await api.listNotes({ reviewId })).notes };
}

/** An archive with notes (see archiveWithNotes), closed again after its review's notes were exported as `text`. */
async function exportedAndClosed(): Promise<{ dir: string; reviewId: string; notes: Note[]; text: string }> {
  const { dir, library, reviewId, notes } = await archiveWithNotes();
  const text = await exportFrom(library, [reviewId]);
  await library.close();
  return { dir, reviewId, notes, text };
}

async function importFixture(library: Library): Promise<string> {
  const summary = await library.api.importFiles({ paths: [fixturePage] });
  const id = summary.imported[0]?.id;
  assert.ok(id, `the fixture did not import: ${JSON.stringify(summary.failed)}`);
  return id;
}

async function exportFrom(library: Library, reviewIds: string[]): Promise<string> {
  const items = [];
  for (const id of reviewIds) {
    items.push({
      review: await library.api.getReview({ id }),
      notes: (await library.api.listNotes({ reviewId: id })).notes,
    });
  }
  return exportAnnotations(items).text;
}

async function deleteAllNotes(library: Library, reviewId: string): Promise<void> {
  for (const { id } of (await library.api.listNotes({ reviewId })).notes)
    await library.api.deleteNote({ reviewId, id });
}

/** Every file of the archive's notes folder with its bytes, to show an import left it alone. */
async function notesFolder(dir: string): Promise<Record<string, string>> {
  const names = await readdir(path.join(dir, 'notes')).catch(() => []);
  const files: Record<string, string> = {};
  for (const name of names.sort()) files[name] = await readFile(path.join(dir, 'notes', name), 'utf8');
  return files;
}

test('exported highlights and notes come back identical after they were deleted', async () => {
  const { library, reviewId, notes } = await archiveWithNotes();
  const text = await exportFrom(library, [reviewId]);
  await deleteAllNotes(library, reviewId);
  const seen: OffprintEvent[] = [];
  library.events.subscribe((event) => seen.push(event));
  const counted = new Promise<void>((resolve) =>
    library.events.subscribe((event) => {
      if (event.type === 'review-state-changed' && event.payload.state.highlights === 2) resolve();
    }),
  );
  const summary = await createAnnotationsApi(library.archive, library.events).importAnnotations({ text });
  assert.deepEqual(summary, { restored: 3, unchanged: 0, skipped: [] });
  assert.deepEqual((await library.api.listNotes({ reviewId })).notes, notes);
  assert.ok(seen.some((event) => event.type === 'notes-changed' && event.payload.reviewId === reviewId));
  await counted;
  const states = (await library.api.listReviewStates({})).states;
  assert.deepEqual(
    states.map(({ id, notes: noteCount, highlights }) => [id, noteCount, highlights]),
    [[reviewId, 1, 2]],
  );
  await library.close();
});

test('importing the same file twice finds everything unchanged the second time and writes nothing', async () => {
  const { dir, library, reviewId, notes } = await archiveWithNotes();
  const text = await exportFrom(library, [reviewId]);
  const { importAnnotations } = createAnnotationsApi(library.archive, library.events);
  assert.deepEqual(await importAnnotations({ text }), { restored: 0, unchanged: 3, skipped: [] });
  const before = await notesFolder(dir);
  const seen: OffprintEvent[] = [];
  library.events.subscribe((event) => seen.push(event));
  assert.deepEqual(await importAnnotations({ text }), { restored: 0, unchanged: 3, skipped: [] });
  assert.deepEqual(await notesFolder(dir), before);
  assert.deepEqual(seen, []);
  assert.deepEqual((await library.api.listNotes({ reviewId })).notes, notes);
  await library.close();
});

test('a note changed since the export is put back as the file has it, keeping its id and place', async () => {
  const { library, reviewId, notes } = await archiveWithNotes();
  const text = await exportFrom(library, [reviewId]);
  const highlight = notes.find((note) => note.kind === 'highlight');
  assert.ok(highlight?.selector);
  await library.api.saveHighlight({
    ...highlight,
    selector: highlight.selector,
    color: 'blue',
    body: 'Changed',
    tags: [],
  });
  const added = await library.api.saveNote({ reviewId, body: 'Written after the export' });
  const summary = await createAnnotationsApi(library.archive, library.events).importAnnotations({ text });
  assert.deepEqual(summary, { restored: 1, unchanged: 2, skipped: [] });
  assert.deepEqual((await library.api.listNotes({ reviewId })).notes, [...notes, added]);
  await library.close();
});

test('notes for a review that is not in the archive are skipped with the reason, and nothing is written', async () => {
  const { dir, library, reviewId } = await archiveWithNotes();
  const review = { ...(await library.api.getReview({ id: reviewId })), id: 'not-here', contentHash: 'other' };
  const note: Note = { id: 'n1', reviewId: 'not-here', body: 'Orphan', createdAt: 'x', updatedAt: 'y' };
  const text = exportAnnotations([{ review, notes: [note] }]).text;
  const before = await notesFolder(dir);
  const summary = await createAnnotationsApi(library.archive, library.events).importAnnotations({ text });
  assert.deepEqual(summary, {
    restored: 0,
    unchanged: 0,
    skipped: [
      {
        id: 'urn:offprint:note:n1',
        reason:
          'The review urn:offprint:review:not-here is not in this archive; import that review, then import this file again.',
      },
    ],
  });
  assert.deepEqual(await notesFolder(dir), before);
  await library.close();
});

test('notes land on the same review imported into another archive, found by its content', async () => {
  const { reviewId, notes, text } = await exportedAndClosed();
  const other = await openLibrary(await mkdtemp(path.join(os.tmpdir(), 'offprint-annotations-other-')), {
    addSample: false,
  });
  const otherId = await importFixture(other);
  assert.notEqual(otherId, reviewId);
  const summary = await createAnnotationsApi(other.archive, other.events).importAnnotations({ text });
  assert.deepEqual(summary, { restored: 3, unchanged: 0, skipped: [] });
  assert.deepEqual(
    (await other.api.listNotes({ reviewId: otherId })).notes,
    notes.map((note) => ({ ...note, reviewId: otherId })),
  );
  await other.close();
});

test('a note on a web page lands on the review imported from that page', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-annotations-web-'));
  const library = await openLibrary(dir, { addSample: false });
  const content = '---\ntitle: From the web\nsource: https://example.org/weekly-63\n---\n\nSome body text.\n';
  const { id } = await library.api.importMarkdown({ content });
  const text = JSON.stringify({
    id: 'urn:offprint:note:web-1',
    type: 'Annotation',
    created: '2024-01-01T00:00:00.000Z',
    bodyValue: 'Seen on the page',
    target: 'https://example.org/weekly-63',
  });
  const summary = await createAnnotationsApi(library.archive, library.events).importAnnotations({ text });
  assert.deepEqual(summary, { restored: 1, unchanged: 0, skipped: [] });
  assert.deepEqual((await library.api.listNotes({ reviewId: id })).notes, [
    {
      id: 'web-1',
      reviewId: id,
      body: 'Seen on the page',
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
    },
  ]);
  await library.close();
});

test('a note id that appears twice in the file is restored once and the second is skipped', async () => {
  const { library, reviewId } = await archiveWithNotes();
  const file = JSON.parse(await exportFrom(library, [reviewId]));
  file.first.items.push({ ...file.first.items[0], created: '2001-01-01T00:00:00.000Z' });
  await deleteAllNotes(library, reviewId);
  const summary = await createAnnotationsApi(library.archive, library.events).importAnnotations({
    text: JSON.stringify(file),
  });
  assert.equal(summary.restored, 3);
  assert.equal(summary.skipped.length, 1);
  assert.match(summary.skipped[0]?.reason ?? '', /^The file holds note .+ twice; only the first was restored\.$/);
  await library.close();
});

test('broken JSON and files of the wrong shape are refused in one line and leave the archive untouched', async () => {
  const { dir, library, reviewId } = await archiveWithNotes();
  const good = JSON.parse(await exportFrom(library, [reviewId]));
  const { importAnnotations } = createAnnotationsApi(library.archive, library.events);
  const before = await notesFolder(dir);
  const broken = [
    '{"type": "AnnotationCollection", "first": ',
    JSON.stringify({ hello: 'world' }),
    JSON.stringify({ ...good, first: { ...good.first, items: [...good.first.items, { type: 'Annotation' }] } }),
    JSON.stringify({ ...good, first: { type: 'AnnotationPage', items: 'none' } }),
  ];
  for (const text of broken) {
    await assert.rejects(importAnnotations({ text }), (error: Error) => {
      assert.equal(error.name, 'OffprintError');
      assert.match(
        error.message,
        /^This file is not (JSON|a set of Web Annotations) \(.+\); choose an annotations file exported by Offprint\.$/,
      );
      assert.doesNotMatch(error.message, /\n/);
      return true;
    });
  }
  assert.deepEqual(await notesFolder(dir), before);
  await library.close();
});

test('a read-only archive refuses the import with its reason', async () => {
  const { dir, text } = await exportedAndClosed();
  const readOnly = await openLibrary(dir, { readOnly: true });
  assert.ok(readOnly.archive.readOnlyReason);
  await assert.rejects(
    createAnnotationsApi(readOnly.archive, readOnly.events).importAnnotations({ text }),
    (error: Error) => error.message === readOnly.archive.readOnlyReason,
  );
  await readOnly.close();
});

test('a failure on one review keeps the reviews restored before it and says how to finish', async () => {
  const { dir, library, reviewId } = await archiveWithNotes();
  const { id: secondId } = await library.api.importMarkdown({ content: '# Second review\n\nAnother body.\n' });
  await library.api.saveNote({ reviewId: secondId, body: 'On the second review' });
  const text = await exportFrom(library, [reviewId, secondId]);
  await deleteAllNotes(library, reviewId);
  await rm(path.join(dir, 'notes', `${secondId}.json`));
  await mkdir(path.join(dir, 'notes', `${secondId}.json`));
  const { importAnnotations } = createAnnotationsApi(library.archive, library.events);
  await assert.rejects(
    importAnnotations({ text }),
    /^OffprintError: Restoring the notes of "Second review" failed \(.+\); the notes of 1 of 2 reviews were restored before it\. Put that right and import the file again: what was restored counts as unchanged\.$/,
  );
  assert.equal((await library.api.listNotes({ reviewId })).notes.length, 3);
  await rm(path.join(dir, 'notes', `${secondId}.json`), { recursive: true });
  assert.deepEqual(await importAnnotations({ text }), { restored: 1, unchanged: 3, skipped: [] });
  await library.close();
});

test('the library serves the import to every host, answering a broken file with its one line', async () => {
  const { library, reviewId } = await archiveWithNotes();
  const text = await exportFrom(library, [reviewId]);
  assert.deepEqual(await dispatch(library.api, 'importAnnotations', { text }), {
    ok: true,
    value: { restored: 0, unchanged: 3, skipped: [] },
  });
  const broken = await dispatch(library.api, 'importAnnotations', { text: 'not json' });
  assert.equal(broken.ok, false);
  assert.match(
    broken.ok ? '' : broken.error,
    /^This file is not JSON \(.+\); choose an annotations file exported by Offprint\.$/,
  );
  await library.close();
});
