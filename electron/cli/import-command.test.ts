import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type TestContext, test } from 'node:test';
import { openLibrary } from '../api/library.ts';
import { type CliIo, memoryIo } from './cli-io.ts';
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

/** Serves `answer` to every request on a local port until the test `t` ends; answers the URL of `pathname` there. */
async function serveForTest(t: TestContext, pathname: string, answer: (res: ServerResponse) => void): Promise<string> {
  const server = createServer((_req, res) => answer(res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => server.close());
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}${pathname}`;
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

test('an imported Markdown file is counted in the summary and shows in the list', async () => {
  const { archive, folder } = await workspace();
  const file = path.join(folder, 'budget.md');
  await writeFile(file, review);
  const io = memoryIo();
  assert.equal(await runCli(['import', file, '--archive', archive], io), 0);
  assert.equal(io.out(), 'Imported 1 review.\n');
  assert.equal(io.err(), `Importing 1 of 1: ${file}\n`);
  assert.deepEqual(await listTitles(archive), [
    'What the weeklies made of the budget',
    'How the coastal papers covered the harbour strike',
  ]);
});

test('a folder imports every review below it and counts the other files in one line', async () => {
  const { archive, folder } = await workspace();
  const saved = path.join(folder, 'saved');
  await mkdir(path.join(saved, 'older'), { recursive: true });
  await writeFile(path.join(saved, 'budget.md'), review);
  await writeFile(path.join(saved, 'older', 'one.markdown'), '# One\n\nText.\n');
  await writeFile(path.join(saved, 'scan.pdf'), '%PDF-1.7');
  await writeFile(path.join(saved, 'photo.png'), 'not really');
  const io = memoryIo();
  assert.equal(await runCli(['import', saved, '--archive', archive], io), 0);
  assert.equal(io.out(), 'Imported 2 reviews.\nSkipped 2 files that are not reviews (.pdf, .png).\n');
  assert.equal(
    io.err(),
    `Importing 1 of 2: ${path.join('saved', 'budget.md')}\nImporting 2 of 2: ${path.join('saved', 'older', 'one.markdown')}\n`,
  );
});

test('a failure is one line naming the file as typed; the rest is imported and the exit code is 1', async () => {
  const { archive, folder } = await workspace();
  const good = path.join(folder, 'budget.md');
  const empty = path.join(folder, 'empty.md');
  const pdf = path.join(folder, 'x.pdf');
  await writeFile(good, review);
  await writeFile(empty, '');
  await writeFile(pdf, '%PDF-1.7');
  const missing = path.join(folder, 'gone.md');
  const io = memoryIo();
  assert.equal(await runCli(['import', missing, pdf, empty, good, '--archive', archive], io), 1);
  assert.equal(
    io.out(),
    [
      'Imported 1 review; 3 failed:',
      `  ${missing}: there is no such file or folder.`,
      `  ${pdf}: PDF files are not supported (supported: .html, .htm, .xhtml, .md, .markdown, .txt).`,
      `  ${empty}: it is empty.`,
      '',
    ].join('\n'),
  );
  assert.equal((await listTitles(archive)).length, 2);
});

test('importing the same file again changes nothing and says it is already in the archive', async () => {
  const { archive, folder } = await workspace();
  const file = path.join(folder, 'budget.md');
  await writeFile(file, review);
  await runCli(['import', file, '--archive', archive], memoryIo());
  const io = memoryIo();
  assert.equal(await runCli(['import', file, '--archive', archive], io), 0);
  assert.equal(io.out(), 'Imported 0 reviews; 1 already in the archive.\n');
  assert.equal((await listTitles(archive)).length, 2);
});

test('--json prints the import summary', async () => {
  const { archive, folder } = await workspace();
  const file = path.join(folder, 'budget.md');
  await writeFile(file, review);
  const io = memoryIo();
  assert.equal(await runCli(['import', file, '--json', '--archive', archive], io), 0);
  const summary = JSON.parse(io.out());
  assert.equal(summary.imported.length, 1);
  assert.equal(summary.imported[0].title, 'What the weeklies made of the budget');
  assert.deepEqual([summary.duplicates, summary.failed, summary.notices], [[], [], []]);
});

test('on a terminal the progress line is rewritten in place and ended once', async () => {
  const { archive, folder } = await workspace();
  await writeFile(path.join(folder, 'a.md'), '# A\n\nText.\n');
  await writeFile(path.join(folder, 'b.md'), '# B\n\nText.\n');
  const io = memoryIo();
  const terminal: CliIo = { ...io, stderr: { write: io.stderr.write, isTTY: true } as CliIo['stderr'] };
  const files = [path.join(folder, 'a.md'), path.join(folder, 'b.md')];
  assert.equal(await runCli(['import', ...files, '--archive', archive], terminal), 0);
  assert.equal(io.err(), `\rImporting 1 of 2: ${files[0]}\x1b[K\rImporting 2 of 2: ${files[1]}\x1b[K\n`);
});

test('a web address is fetched and imported as a page', async (t) => {
  const url = await serveForTest(t, '/talks', (res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(
      '<!doctype html><html lang="en"><head><title>Harbour talks resume</title></head><body><article>' +
        '<h1>Harbour talks resume</h1>' +
        '<p>The papers followed the harbour talks closely this week, and most of them led with the wage offer.</p>'.repeat(
          6,
        ) +
        '</article></body></html>',
    );
  });
  const { archive } = await workspace();
  const io = memoryIo();
  assert.equal(await runCli(['import', url, '--archive', archive], io), 0);
  assert.equal(io.out(), 'Imported 1 review.\n');
  assert.ok((await listTitles(archive)).includes('Harbour talks resume'));
});

test('a web address that answers 404 fails with one line naming it', async (t) => {
  const url = await serveForTest(t, '/gone', (res) => {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('gone');
  });
  const { archive } = await workspace();
  const io = memoryIo();
  assert.equal(await runCli(['import', url, '--archive', archive], io), 1);
  assert.match(io.out(), new RegExp(`^Imported 0 reviews; 1 failed:\\n  ${url}: it answered 404`));
});

test('import without anything to import is a usage mistake', async () => {
  const { archive } = await workspace();
  const io = memoryIo();
  assert.equal(await runCli(['import', '--archive', archive], io), 2);
  assert.match(io.err(), /^Name the files, folders or web addresses to import: /);
});

test('a .jsonld file of Web Annotations puts exported notes back on their review', async () => {
  const { archive: dir, folder } = await workspace();
  await writeFile(path.join(folder, 'budget.md'), review);
  assert.equal(await runCli(['import', path.join(folder, 'budget.md'), '--archive', dir], memoryIo()), 0);
  const listed = memoryIo();
  await runCli(['list', '--json', '--archive', dir], listed);
  const id = (JSON.parse(listed.out()) as Array<{ id: string }>)[0]?.id ?? '';
  assert.equal(await runCli(['note', 'add', id, 'The marginals were the story.', '--archive', dir], memoryIo()), 0);
  const exported = path.join(folder, 'notes.jsonld');
  assert.equal(
    await runCli(['export', id, '--format', 'annotations', '--out', exported, '--archive', dir], memoryIo()),
    0,
  );

  const elsewhere = (await workspace()).archive;
  const skipped = memoryIo();
  assert.equal(await runCli(['import', exported, '--archive', elsewhere], skipped), 1);
  assert.match(skipped.out(), /^Restored 0 notes and highlights from .*notes\.jsonld; 1 skipped:\n {2}\S+: /);

  const { api, archive } = await openLibrary(dir);
  const [note] = (await api.listNotes({ reviewId: id })).notes;
  await api.deleteNote({ reviewId: id, id: note?.id ?? '' });
  await archive.close();
  const io = memoryIo();
  assert.equal(await runCli(['import', exported, '--archive', dir], io), 0, io.err());
  assert.equal(io.out(), `Restored 1 note or highlight from ${exported}.\n`);
  const again = memoryIo();
  await runCli(['note', 'list', id, '--archive', dir], again);
  assert.match(again.out(), /The marginals were the story\./);
});

test('a .jsonld file that cannot be read is one line naming it', async () => {
  const { archive: dir, folder } = await workspace();
  const io = memoryIo();
  const missing = path.join(folder, 'none.jsonld');
  assert.equal(await runCli(['import', missing, '--archive', dir], io), 1);
  assert.equal(io.err(), `Cannot read ${missing} (ENOENT); check the path.\n`);
});
