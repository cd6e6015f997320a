import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { memoryIo } from './cli-io.ts';
import { runCli } from './run-cli.ts';

const review = `---
title: What the weeklies made of the budget
series: Weekly Media Review
issue: 13
date: 2024-03-11
---

The weeklies read the budget as a story about the next election.

## References

- Ana Ruiz, "A budget for the marginals", The Weekly Standard-Bearer, 8 March 2024
`;

/** A temp folder holding an archive folder and the files a test imports. */
async function workspace(): Promise<{ archive: string; folder: string }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'offprint-import-'));
  return { archive: path.join(folder, 'archive'), folder };
}

async function listTitles(archive: string): Promise<string[]> {
  const io = memoryIo();
  await runCli(['list', '--archive', archive], io);
  return io
    .out()
    .trimEnd()
    .split('\n')
    .map((line) => line.split('\t')[2] ?? '');
}

test('an imported Markdown file is announced by title and shows in the list', async () => {
  const { archive, folder } = await workspace();
  const file = path.join(folder, 'budget.md');
  await writeFile(file, review);
  const io = memoryIo();
  assert.equal(await runCli(['import', file, '--archive', archive], io), 0);
  assert.equal(io.out(), 'Imported "What the weeklies made of the budget"\n');
  assert.equal(io.err(), '');
  assert.deepEqual(await listTitles(archive), [
    'What the weeklies made of the budget',
    'How the coastal papers covered the harbour strike',
  ]);
});

test('.markdown and .txt files are read as Markdown too', async () => {
  const { archive, folder } = await workspace();
  await writeFile(path.join(folder, 'one.markdown'), '# One\n\nText.\n');
  await writeFile(path.join(folder, 'two.TXT'), '# Two\n\nText.\n');
  const io = memoryIo();
  const files = [path.join(folder, 'one.markdown'), path.join(folder, 'two.TXT')];
  assert.equal(await runCli(['import', ...files, '--archive', archive], io), 0);
  assert.equal(io.out(), 'Imported "One"\nImported "Two"\n');
});

test('a missing file fails with one line naming it, and exit code 1', async () => {
  const { archive, folder } = await workspace();
  const missing = path.join(folder, 'missing.md');
  const io = memoryIo();
  assert.equal(await runCli(['import', missing, '--archive', archive], io), 1);
  assert.equal(io.err(), `Cannot import "${missing}": there is no such file.\n`);
  assert.equal(io.out(), '');
});

test('a PDF fails with one line that lists what is supported', async () => {
  const { archive, folder } = await workspace();
  const pdf = path.join(folder, 'x.pdf');
  await writeFile(pdf, '%PDF-1.7');
  const io = memoryIo();
  assert.equal(await runCli(['import', pdf, '--archive', archive], io), 1);
  assert.equal(io.err(), `Cannot import "${pdf}": ".pdf" files are not supported (supported: .md, .markdown, .txt).\n`);
});

test('a folder fails with one line asking for the files inside it', async () => {
  const { archive, folder } = await workspace();
  const inner = path.join(folder, 'reviews.md');
  await mkdir(inner);
  const io = memoryIo();
  assert.equal(await runCli(['import', inner, '--archive', archive], io), 1);
  assert.equal(io.err(), `Cannot import "${inner}": it is a folder; name the Markdown files inside it.\n`);
});

test('a file that cannot be read fails with one line giving the reason', async () => {
  const { archive, folder } = await workspace();
  const file = path.join(folder, 'budget.md');
  await writeFile(file, review);
  const inside = path.join(file, 'inner.md');
  const io = memoryIo();
  assert.equal(await runCli(['import', inside, '--archive', archive], io), 1);
  assert.match(io.err(), /^Cannot import "[^"]+inner\.md": it could not be read \(ENOTDIR: [^\n]+\)\.\n$/);
});

test("a file the importer refuses is named as typed, with the importer's reason", async () => {
  const { archive, folder } = await workspace();
  const empty = path.join(folder, 'empty.md');
  await writeFile(empty, '   \n');
  const io = memoryIo();
  assert.equal(await runCli(['import', empty, '--archive', archive], io), 1);
  assert.equal(io.err(), `Cannot import "${empty}": it is empty.\n`);
});

test('each file lands or is reported: one failure does not stop the others', async () => {
  const { archive, folder } = await workspace();
  const good = path.join(folder, 'budget.md');
  await writeFile(good, review);
  const io = memoryIo();
  assert.equal(await runCli(['import', path.join(folder, 'gone.md'), good, '--archive', archive], io), 1);
  assert.equal(io.out(), 'Imported "What the weeklies made of the budget"\n');
  assert.match(io.err(), /^Cannot import "[^"]*gone\.md": there is no such file\.\n$/);
  assert.equal((await listTitles(archive)).length, 2);
});

test('import without files is a usage mistake', async () => {
  const { archive } = await workspace();
  const io = memoryIo();
  assert.equal(await runCli(['import', '--archive', archive], io), 2);
  assert.match(io.err(), /^Name the Markdown files to import: /);
});
