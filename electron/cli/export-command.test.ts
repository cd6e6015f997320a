import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { openLibrary } from '../api/library.ts';
import { memoryIo } from './cli-io.ts';
import { runCli } from './run-cli.ts';
import { archiveWithSample, sampleTitle } from './test-archive.ts';

async function outFolder(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'offprint-export-cli-'));
}

test('one text file without --out goes to stdout', async () => {
  const { dir, id } = await archiveWithSample();
  const io = memoryIo();
  assert.equal(await runCli(['export', id, '--format', 'bibtex', '--archive', dir], io), 0);
  assert.match(io.out(), /^@\w+\{/m);
  assert.equal(io.err(), '');
});

test('markdown of the whole archive goes to the --out folder, one file per review, each with its front matter', async () => {
  const { dir } = await archiveWithSample();
  const out = path.join(await outFolder(), 'vault');
  const io = memoryIo();
  assert.equal(await runCli(['export', '--all', '--format', 'markdown', '--out', out, '--archive', dir], io), 0);
  const files = await readdir(out);
  assert.equal(files.length, 1);
  const text = await readFile(path.join(out, files[0] ?? ''), 'utf8');
  const front = parseYaml(text.split(/^---$/m)[1] ?? '') as { title: string };
  assert.equal(front.title, sampleTitle);
  assert.equal(io.out(), `Wrote ${path.join(out, files[0] ?? '')}\n`);
});

test('a PDF of a review is printed to the file --out names', async () => {
  const { dir, id } = await archiveWithSample();
  const out = path.join(await outFolder(), 'review.pdf');
  const io = memoryIo();
  assert.equal(await runCli(['export', id, '--format', 'pdf', '--out', out, '--archive', dir], io), 0, io.err());
  assert.equal((await readFile(out)).subarray(0, 5).toString('latin1'), '%PDF-');
});

test('a series that no review is in, or an unknown id, is refused with one line', async () => {
  const { dir, id } = await archiveWithSample();
  const io = memoryIo();
  assert.equal(await runCli(['export', '--series', 'Nowhere', '--format', 'ris', '--archive', dir], io), 1);
  assert.equal(io.err(), 'No review is in the series "Nowhere"; "offprint list" shows each review\'s series.\n');
  const unknown = memoryIo();
  assert.equal(await runCli(['export', id, 'missing-id', '--format', 'ris', '--archive', dir], unknown), 1);
  assert.equal(unknown.err(), 'There is no review with id "missing-id" in this archive; see "offprint list".\n');
});

test('a file already there is not replaced without --force, and nothing is written', async () => {
  const { dir, id } = await archiveWithSample();
  const out = path.join(await outFolder(), 'refs.ris');
  await writeFile(out, 'mine');
  const io = memoryIo();
  assert.equal(await runCli(['export', id, '--format', 'ris', '--out', out, '--archive', dir], io), 1);
  assert.equal(io.err(), `${out} already exists; add --force to replace it, or choose another --out.\n`);
  assert.equal(await readFile(out, 'utf8'), 'mine');
  assert.equal(
    await runCli(['export', id, '--format', 'ris', '--out', out, '--force', '--archive', dir], memoryIo()),
    0,
  );
  assert.match(await readFile(out, 'utf8'), /^TY {2}- /m);
  assert.deepEqual(await readdir(path.dirname(out)), ['refs.ris']);
});

test('a format, a selection and a style are checked before the archive is opened', async () => {
  const { dir, id } = await archiveWithSample();
  const cases: Array<[string[], RegExp]> = [
    [
      ['export', id],
      /^Choose a format with --format: markdown, csl-json, bibtex, ris, bibliography, annotations, pdf\.\n/,
    ],
    [['export', id, '--format', 'docx'], /^--format must be one of markdown, .*, not "docx"\.\n/],
    [['export', '--format', 'ris'], /^Say what to export: review ids, --all, or --series NAME \(one of them\)\.\n/],
    [['export', id, '--all', '--format', 'ris'], /^Say what to export:/],
    [['export', id, '--format', 'ris', '--style', 'apa'], /^--style only applies to --format bibliography\.\n/],
    [
      ['export', id, '--format', 'bibliography', '--style', 'mla'],
      /^--style must be apa, vancouver, harvard1 or a \.csl file, not "mla"\.\n/,
    ],
  ];
  for (const [args, expected] of cases) {
    const io = memoryIo();
    assert.equal(await runCli([...args, '--archive', dir], io), 2, args.join(' '));
    assert.match(io.err(), expected);
  }
  const missingStyle = memoryIo();
  const style = path.join(await outFolder(), 'none.csl');
  assert.equal(
    await runCli(['export', id, '--format', 'bibliography', '--style', style, '--archive', dir], missingStyle),
    1,
  );
  assert.equal(missingStyle.err(), `Cannot read the style file ${style} (ENOENT); check the path.\n`);
});

test('several files for an --out that is a file, a folder that cannot be made, or no browser for a PDF: one line each', async () => {
  const { dir, id } = await archiveWithSample();
  const { api, archive } = await openLibrary(dir);
  await api.importMarkdown({ content: '---\ntitle: Second review\n---\nText.\n' });
  await archive.close();
  const folder = await outFolder();
  const file = path.join(folder, 'taken.md');
  await writeFile(file, 'mine');
  const several = memoryIo();
  assert.equal(await runCli(['export', '--all', '--format', 'markdown', '--out', file, '--archive', dir], several), 1);
  assert.equal(several.err(), `${file} is a file, but 2 files are to be written; choose a folder with --out.\n`);

  const blocked = path.join(file, 'inside');
  const unmade = memoryIo();
  assert.equal(
    await runCli(['export', '--all', '--format', 'markdown', '--out', blocked, '--archive', dir], unmade),
    1,
  );
  assert.match(unmade.err(), /^Cannot make the folder .*inside \(ENOTDIR\); choose another --out\.\n$/);

  const saved = process.env.CHROMIUM_PATH;
  process.env.CHROMIUM_PATH = path.join(folder, 'no-browser');
  try {
    const noBrowser = memoryIo();
    const out = path.join(folder, 'review.pdf');
    assert.equal(await runCli(['export', id, '--format', 'pdf', '--out', out, '--archive', dir], noBrowser), 1);
    assert.match(noBrowser.err(), /^CHROMIUM_PATH \(.*no-browser\) is not a program that can be run;/);
    assert.deepEqual(await readdir(folder), ['taken.md']);
  } finally {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  }
});

test('--all on an archive with no reviews says there is nothing to export', async () => {
  const { dir, id } = await archiveWithSample();
  const { api, archive } = await openLibrary(dir);
  await api.deleteReview({ id });
  await archive.close();
  const io = memoryIo();
  assert.equal(await runCli(['export', '--all', '--format', 'ris', '--archive', dir], io), 1);
  assert.equal(io.err(), 'The archive holds no reviews to export.\n');
});
