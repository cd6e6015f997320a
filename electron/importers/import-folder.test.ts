import assert from 'node:assert/strict';
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { writeTempTree } from '../fake-data/temp-tree.ts';
import { findImportFiles } from './import-folder.ts';

const folderWith = (files: Record<string, string>) => writeTempTree('offprint-import-folder-', files);

test('a folder gives its supported files in name order, named from the folder, with their formats', async () => {
  const root = await folderWith({
    'saved/b.txt': 'x',
    'saved/a.md': 'x',
    'saved/sub/c.HTM': 'x',
    'saved/sub/d.markdown': 'x',
    'saved/e.xhtml': 'x',
  });
  const found = await findImportFiles([path.join(root, 'saved')]);
  assert.deepEqual(
    found.files.map((file) => [file.name, file.format]),
    [
      [path.join('saved', 'a.md'), 'markdown'],
      [path.join('saved', 'b.txt'), 'text'],
      [path.join('saved', 'e.xhtml'), 'html'],
      [path.join('saved', 'sub', 'c.HTM'), 'html'],
      [path.join('saved', 'sub', 'd.markdown'), 'markdown'],
    ],
  );
  assert.equal(found.files[0]?.path, path.join(root, 'saved', 'a.md'));
  assert.equal(found.skipped.notice(), undefined);
});

test("a page's _files folder goes with it, also when the page is named on its own", async () => {
  const root = await folderWith({
    'page.html': 'x',
    'page_files/photo.png': 'x',
    'page_files/inner.md': 'x',
    'orphan_files/note.md': 'x',
  });
  const walked = await findImportFiles([root]);
  assert.deepEqual(
    walked.files.map((file) => [path.basename(file.path), file.localFilesDir]),
    [
      ['note.md', undefined],
      ['page.html', path.join(root, 'page_files')],
    ],
  );
  const named = await findImportFiles([path.join(root, 'page.html')]);
  assert.equal(named.files[0]?.localFilesDir, path.join(root, 'page_files'));
  assert.equal(named.files[0]?.name, path.join(root, 'page.html'));
});

test('a file named twice, or inside a folder also named, is imported once', async () => {
  const root = await folderWith({ 'a.md': 'x' });
  const found = await findImportFiles([root, path.join(root, 'a.md'), path.join(root, '.', 'a.md')]);
  assert.equal(found.files.length, 1);
});

test('links to files are followed, links to folders are not', async () => {
  const root = await folderWith({ 'elsewhere/far.md': 'x', 'here/near.md': 'x' });
  await symlink(path.join(root, 'elsewhere', 'far.md'), path.join(root, 'here', 'linked.md'));
  await symlink(root, path.join(root, 'here', 'loop'));
  const found = await findImportFiles([path.join(root, 'here')]);
  assert.deepEqual(
    found.files.map((file) => path.basename(file.path)),
    ['linked.md', 'near.md'],
  );
});

test('missing and unsupported paths named on their own fail; in folders, other files are only counted', async () => {
  const root = await folderWith({ 'x.pdf': 'x', noext: 'x', 'in/a.pdf': 'x', 'in/b.PDF': 'x', 'in/c': 'x' });
  const found = await findImportFiles([
    path.join(root, 'x.pdf'),
    path.join(root, 'noext'),
    path.join(root, 'nothing'),
    path.join(root, 'in'),
  ]);
  assert.deepEqual(found.failed, [
    {
      name: path.join(root, 'x.pdf'),
      reason: 'PDF files are not supported (supported: .html, .htm, .xhtml, .md, .markdown, .txt).',
    },
    {
      name: path.join(root, 'noext'),
      reason: 'files without an extension are not supported (supported: .html, .htm, .xhtml, .md, .markdown, .txt).',
    },
    { name: path.join(root, 'nothing'), reason: 'there is no such file or folder.' },
  ]);
  assert.equal(found.skipped.notice(), 'Skipped 3 files that are not reviews (.pdf, no extension).');
});
