import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { Archive } from '../archive/archive.ts';
import { openLibrary } from './library.ts';

/** The kinds of bad file a crash, a disk or a sync tool can leave behind. */
const damages: Array<[string, (good: string) => string]> = [
  ['empty', () => ''],
  ['truncated', (good) => good.slice(0, Math.floor(good.length / 2))],
  ['NUL-filled', (good) => '\u0000'.repeat(good.length)],
  ['not JSON', () => 'this is not JSON at all'],
  ['of the wrong shape', () => JSON.stringify([{ schemaVersion: 2, reviews: [{ id: '../../escape' }], theme: 4 }])],
];

/** An archive with two reviews and a note that was edited once (so its previous version exists). */
async function archiveWithNotes() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-damage-'));
  const { api, archive } = await openLibrary(dir, { addSample: false });
  const first = await api.importMarkdown({ content: '# First review\n\nOne.', fileName: 'first.md' });
  const second = await api.importMarkdown({ content: '# Second review\n\nTwo.', fileName: 'second.md' });
  const note = await api.saveNote({ reviewId: first.id, body: 'draft of the note' });
  await api.saveNote({ reviewId: first.id, id: note.id, body: 'final note' });
  await api.updateSettings({ theme: 'sepia' });
  await archive.close();
  return { dir, first, second };
}

async function asideFiles(folder: string, name: string): Promise<string[]> {
  return (await readdir(folder)).filter((entry) => entry.startsWith(`${name}.corrupt-`));
}

for (const [kind, damage] of damages) {
  test(`an index that is ${kind} is kept aside and rebuilt from the review files, losing nothing`, async () => {
    const { dir, first, second } = await archiveWithNotes();
    const file = path.join(dir, 'offprint.json');
    const bad = damage(await readFile(file, 'utf8'));
    await writeFile(file, bad);

    const { api, archive } = await openLibrary(dir);
    assert.deepEqual((await api.listReviews({})).reviews.map((row) => row.title).sort(), [first.title, second.title]);
    assert.equal((await api.listNotes({ reviewId: first.id })).notes[0]?.body, 'final note');
    assert.equal((await api.getSettings({})).theme, 'sepia');
    const [aside] = await asideFiles(dir, 'offprint.json');
    assert.ok(aside, 'the damaged index is kept');
    assert.equal(await readFile(path.join(dir, aside), 'utf8'), bad);
    assert.match(
      archive.notices[0] ?? '',
      /^The library index was rebuilt from 2 review file\(s\): offprint\.json was damaged/,
    );
    assert.match(archive.notices[0] ?? '', new RegExp(`the damaged file was kept as ${aside.replace(/\./g, '\\.')}`));
    await archive.close();
  });

  test(`a notes file that is ${kind} is kept aside and its previous version recovered`, async () => {
    const { dir, first } = await archiveWithNotes();
    const file = path.join(dir, 'notes', `${first.id}.json`);
    const bad = damage(await readFile(file, 'utf8'));
    await writeFile(file, bad);

    const { api, archive } = await openLibrary(dir);
    const notices: string[] = [];
    archive.onNotice((notice) => notices.push(notice));
    assert.equal((await api.listNotes({ reviewId: first.id })).notes[0]?.body, 'draft of the note');
    const [aside] = await asideFiles(path.join(dir, 'notes'), `${first.id}.json`);
    assert.equal(await readFile(path.join(dir, 'notes', aside ?? ''), 'utf8'), bad);
    assert.match(
      notices[0] ?? '',
      /^Your notes on "First review" were damaged \(.+\); the version saved before the last change was recovered/,
    );
    await archive.close();
    const reopened = await openLibrary(dir);
    assert.equal((await reopened.api.listNotes({ reviewId: first.id })).notes[0]?.body, 'draft of the note');
    await reopened.archive.close();
  });

  test(`a settings file that is ${kind} is kept aside and the settings start from defaults`, async () => {
    const { dir } = await archiveWithNotes();
    const file = path.join(dir, 'settings.json');
    await writeFile(file, damage(await readFile(file, 'utf8')));
    const { api, archive } = await openLibrary(dir);
    assert.equal((await api.getSettings({})).theme, 'system');
    assert.equal((await asideFiles(dir, 'settings.json')).length, 1);
    assert.match(archive.notices.join('\n'), /Your settings could not be read .* and were reset/);
    await archive.close();
  });

  test(`a review file that is ${kind} is kept aside, the reader is told which review, and the rest reads on`, async () => {
    const { dir, first, second } = await archiveWithNotes();
    const file = path.join(dir, 'reviews', `${second.id}.json`);
    await writeFile(file, damage(await readFile(file, 'utf8')));
    const { api, archive } = await openLibrary(dir);
    await assert.rejects(
      api.getReview({ id: second.id }),
      /^OffprintError: The review "Second review" could not be read \(.+\); its file was moved aside as reviews\/.+\.corrupt-.+ and the review left the library\. Import it again to read it\.$/,
    );
    assert.equal((await asideFiles(path.join(dir, 'reviews'), `${second.id}.json`)).length, 1);
    assert.deepEqual(
      (await api.listReviews({})).reviews.map((row) => row.id),
      [first.id],
    );
    assert.equal((await api.getReview({ id: first.id })).title, 'First review');
    await archive.close();
  });
}

test('a missing index is rebuilt from the review files', async () => {
  const { dir } = await archiveWithNotes();
  const { rm } = await import('node:fs/promises');
  await rm(path.join(dir, 'offprint.json'));
  const archive = await Archive.open(dir);
  assert.equal(archive.listReviews().length, 2);
  assert.match(archive.notices[0] ?? '', /rebuilt from 2 review file\(s\): offprint\.json was missing/);
  await archive.close();
});

test('a damaged review file found while rebuilding the index is kept aside too', async () => {
  const { dir, second } = await archiveWithNotes();
  await writeFile(path.join(dir, 'offprint.json'), '');
  await writeFile(path.join(dir, 'reviews', `${second.id}.json`), '{');
  const archive = await Archive.open(dir);
  assert.equal(archive.listReviews().length, 1);
  assert.match(archive.notices[0] ?? '', /1 damaged review file\(s\) were moved aside in reviews\//);
  await archive.close();
});

test('opened for reading only, a damaged index is reported and nothing is moved or written', async () => {
  const { dir } = await archiveWithNotes();
  await writeFile(path.join(dir, 'offprint.json'), 'garbage');
  await assert.rejects(
    Archive.open(dir, { readOnly: true }),
    /offprint\.json in the archive at .* is damaged; run "offprint check --repair"/,
  );
  assert.equal(await readFile(path.join(dir, 'offprint.json'), 'utf8'), 'garbage');
  assert.deepEqual(await asideFiles(dir, 'offprint.json'), []);
});

test('an index whose rows could escape the archive folder counts as damaged and is rebuilt', async () => {
  const { dir } = await archiveWithNotes();
  const file = path.join(dir, 'offprint.json');
  const index = JSON.parse(await readFile(file, 'utf8'));
  index.reviews[0].id = '../../etc/passwd';
  await writeFile(file, JSON.stringify(index));
  const archive = await Archive.open(dir);
  assert.equal(archive.listReviews().length, 2);
  assert.ok(archive.listReviews().every((row) => /^[A-Za-z0-9_-]+$/.test(row.id)));
  assert.match(archive.notices[0] ?? '', /offprint\.json was damaged \(it does not have the expected shape\)/);
  await archive.close();
});

test('saving a note onto a damaged notes file recovers the earlier version first and keeps both', async () => {
  const { dir, first } = await archiveWithNotes();
  await writeFile(path.join(dir, 'notes', `${first.id}.json`), '{"notes": [');
  const { api, archive } = await openLibrary(dir);
  await api.saveNote({ reviewId: first.id, body: 'written after the damage' });
  assert.deepEqual(
    (await api.listNotes({ reviewId: first.id })).notes.map((note) => note.body),
    ['draft of the note', 'written after the damage'],
  );
  await archive.close();
});
