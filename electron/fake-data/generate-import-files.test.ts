import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { pixelPng, writeImportFiles } from './generate-import-files.ts';

test('the generated folder holds Markdown and page-text files of about 10 KB, and pages with their _files', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-generate-import-'));
  const written = await writeImportFiles(dir, 10, { seed: 2, htmlPages: 2 });
  assert.deepEqual(written.names.slice(0, 5), [
    'review-00001.md',
    'review-00002.txt',
    'review-00003.md',
    'review-00004.txt',
    'review-00005.html',
  ]);
  assert.deepEqual(
    (await readdir(dir)).filter((name) => name.endsWith('_files')),
    ['review-00005_files', 'review-00010_files'],
  );
  assert.deepEqual(await readFile(path.join(dir, 'review-00005_files', 'photo.png')), pixelPng);
  assert.ok(written.bytes / 10 > 7000 && written.bytes / 10 < 14000, String(written.bytes));
  const markdown = await readFile(path.join(dir, 'review-00001.md'), 'utf8');
  assert.match(markdown, /^---\ntitle: .+\nseries: .+\nissue: 1\n/);
  const pageText = await readFile(path.join(dir, 'review-00002.txt'), 'utf8');
  assert.match(pageText, /\n.+ #\d+: [A-Z][a-z]+ \d{1,2}, \d{4}\n/);
  assert.match(pageText, /\n {2}• .+, \d{1,2} [A-Z][a-z]+ \d{4}\n/);
});

test('the same seed writes the same files', async () => {
  const [a, b] = [
    await mkdtemp(path.join(os.tmpdir(), 'offprint-gen-a-')),
    await mkdtemp(path.join(os.tmpdir(), 'offprint-gen-b-')),
  ];
  await writeImportFiles(a, 3, { seed: 9 });
  await writeImportFiles(b, 3, { seed: 9 });
  for (const name of await readdir(a)) {
    assert.equal(await readFile(path.join(a, name), 'utf8'), await readFile(path.join(b, name), 'utf8'));
  }
});
