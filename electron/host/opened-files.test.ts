import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { filesToOpen } from './opened-files.ts';

describe('the files the system asks Offprint to open', () => {
  let dir = '';
  const file = (name: string) => path.join(dir, name);

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-opened-'));
    for (const name of ['review.html', 'page.htm', 'notes.md', 'LOUD.HTML', 'with space.md', 'plain.txt', 'data.json'])
      await writeFile(file(name), 'text');
    await mkdir(file('folder.md'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test('keeps existing .html, .htm and .md files in the order given', async () => {
    const found = await filesToOpen([file('notes.md'), file('review.html'), file('page.htm')], dir);
    assert.deepEqual(found, [file('notes.md'), file('review.html'), file('page.htm')]);
  });

  test('resolves relative paths against the folder the app was started in', async () => {
    assert.deepEqual(await filesToOpen(['review.html', './notes.md'], dir), [file('review.html'), file('notes.md')]);
  });

  test('accepts the file:// URLs a Linux desktop passes, spaces and all', async () => {
    const url = pathToFileURL(file('with space.md')).href;
    assert.deepEqual(await filesToOpen([url], '/'), [file('with space.md')]);
  });

  test('matches the extension in any case', async () => {
    assert.deepEqual(await filesToOpen([file('LOUD.HTML')], dir), [file('LOUD.HTML')]);
  });

  test('skips flags, even ones that look like files', async () => {
    const found = await filesToOpen(['--no-sandbox', '--enable-logging', `--open=${file('notes.md')}`], dir);
    assert.deepEqual(found, []);
  });

  test('skips the app path, other kinds of file, folders and files that do not exist', async () => {
    const args = [dir, file('plain.txt'), file('data.json'), file('folder.md'), file('gone.md'), 'dist/main/main.js'];
    assert.deepEqual(await filesToOpen(args, dir), []);
  });

  test('skips a file:// URL that names no local file', async () => {
    assert.deepEqual(await filesToOpen(['file://server.example/share/review.md', 'file:nonsense%.md'], dir), []);
  });

  test('names a file given twice only once', async () => {
    assert.deepEqual(await filesToOpen([file('notes.md'), 'notes.md'], dir), [file('notes.md')]);
  });
});
