import assert from 'node:assert/strict';
import { mkdir, mkdtemp, open, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type TestContext, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { pixelPng, writeImportFiles } from '../fake-data/generate-import-files.ts';
import type { OffprintEvent } from './contract.ts';
import { type Library, openLibrary } from './library.ts';

const fixture = new URL('../../../shared/fixtures/pages/weekly-review-63.txt', import.meta.url);

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'offprint-library-import-'));
}

/** An empty library in a temp folder, with a folder beside it for the files a test imports. */
async function workspace(): Promise<{ library: Library; archiveDir: string; folder: string }> {
  const root = await tempDir();
  const folder = path.join(root, 'in');
  await mkdir(folder);
  const archiveDir = path.join(root, 'archive');
  return { library: await openLibrary(archiveDir, { addSample: false }), archiveDir, folder };
}

/** What is stored: review files, asset folders and index rows. */
async function stored(archiveDir: string): Promise<{ reviews: number; assets: string[]; rows: number }> {
  const index = JSON.parse(await readFile(path.join(archiveDir, 'offprint.json'), 'utf8'));
  return {
    reviews: (await readdir(path.join(archiveDir, 'reviews'))).length,
    assets: await readdir(path.join(archiveDir, 'assets')).catch(() => []),
    rows: index.reviews.length,
  };
}

async function serve(t: TestContext, listener: RequestListener): Promise<string> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => {
    server.closeAllConnections();
    server.close();
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const goodMarkdown = (title: string, extra = '') =>
  `---\ntitle: ${title}\nseries: Weekly Review\nissue: 64\n${extra}---\n\nThe papers read the talks as a story about survival.\n`;

test('the page-text fixture imported from its file gives the exact review', async () => {
  const { library } = await workspace();
  const summary = await library.api.importFiles({ paths: [fileURLToPath(fixture)] });
  assert.deepEqual([summary.failed, summary.duplicates, summary.notices], [[], [], []]);
  const review = await library.api.getReview({ id: summary.imported[0]?.id ?? '' });
  assert.equal(review.title, 'How the Media views talks between North Korea and Japan');
  assert.equal(review.series, 'Weekly Review');
  assert.equal(review.issue, '63');
  assert.equal(review.publishedAt, '2002-09-02');
  assert.equal(review.updatedAtRaw, 'Last Updated: 14:57 03/09/2007');
  assert.match(review.updatedAt ?? '', /^2007-09-03T14:57/);
  assert.deepEqual(review.authors, [{ name: 'John de Boer', affiliation: 'University of Tokyo & GLOCOM Platform' }]);
  assert.equal(review.site, 'GLOCOM Platform');
  assert.match(review.section ?? '', /Weekly Review/);
  assert.equal(review.copyright, 'Japanese Institute of Global Communications');
  // The fixture holds eight body paragraphs, between the byline and the reference list.
  const printed = (await readFile(fixture, 'utf8')).split('\n').slice(11, 26).filter(Boolean);
  assert.equal(printed.length, 8);
  assert.equal(review.body.replace(/\[([^\]]+)\]\(#ref-\d+\)/g, '$1'), printed.join('\n\n'));
  assert.doesNotMatch(review.body, /Summary Page|Search with Google|Last Updated|Copyright|Home >/);
  assert.equal(review.references.length, 7);
  assert.ok(review.references.every((reference) => reference.csl?.type === 'article-newspaper'));
  const lies = review.references[2];
  assert.deepEqual([lies?.authors, lies?.container, lies?.issued], [['Elaine Lies'], 'Reuters', '2002-08-30']);
  assert.equal(review.references[5]?.container, 'BBC');
  assert.match(review.body, /\[August 30, Reuters\]\(#ref-3\)/);
  assert.match(review.body, /\[BBC\]\(#ref-6\)/);
  assert.match(review.body, /\[CNN\]\(#ref-7\)/);
  assert.match(review.body, /\[Asahi Evening News\]\(#ref-2\)/);
  assert.deepEqual(review.provenance, { kind: 'page-text', fileName: 'weekly-review-63.txt' });
});

test('every bad file gets one line naming it, the rest is imported, and nothing of a failed one is stored', async () => {
  const { library, archiveDir, folder } = await workspace();
  const write = (name: string, data: string | Uint8Array) => writeFile(path.join(folder, name), data);
  await write('a-good.md', goodMarkdown('Talks resume'));
  await write('b-empty.md', '');
  await write('c-pdf.html', '%PDF-1.7\n%binary');
  await write('d-png.html', pixelPng);
  await write('e-zip.html', Buffer.from('504b0304140000000800', 'hex'));
  await write('f-pdf.md', '%PDF-1.4\n');
  await write('g-latin1.md', Buffer.from('# Caf\xe9 talks\n\nText.\n', 'latin1'));
  await write('h-scripts.html', '<html><head><script>alert(1)</script></head><body><script>x()</script></body></html>');
  await write('i-front-matter.md', '---\ntitle: [unclosed\n---\n\nBody.\n');
  const big = await open(path.join(folder, 'j-big.md'), 'w');
  await big.truncate(21 * 1024 * 1024);
  await big.close();
  await mkdir(path.join(folder, 'k-page_files'));
  await writeFile(path.join(folder, 'k-page_files', 'photo.png'), pixelPng);
  await write('k-page.html', '<html><body><script>only()</script><img src="k-page_files/photo.png"></body></html>');
  await write('z-good.txt', '# Talks end\n\nA plain Markdown text file.\n');

  const summary = await library.api.importFiles({ paths: [folder] });
  assert.deepEqual(
    summary.imported.map((row) => row.title),
    ['Talks resume', 'Talks end'],
  );
  const reasons = new Map(summary.failed.map(({ name, reason }) => [path.basename(name), reason]));
  assert.equal(summary.failed.length, 10);
  assert.equal(reasons.get('b-empty.md'), 'it is empty.');
  assert.match(reasons.get('c-pdf.html') ?? '', /^it is a PDF file, not a web page/);
  assert.match(reasons.get('d-png.html') ?? '', /^it is a PNG image, not a web page/);
  assert.match(reasons.get('e-zip.html') ?? '', /^it is a ZIP archive, not a web page/);
  assert.equal(
    reasons.get('f-pdf.md'),
    'it is a PDF document, not a text file (save the article as .html, .md or .txt).',
  );
  assert.equal(reasons.get('g-latin1.md'), 'it is not UTF-8 text (save it again with the UTF-8 encoding).');
  assert.match(reasons.get('h-scripts.html') ?? '', /^no article text could be found in it/);
  assert.match(reasons.get('i-front-matter.md') ?? '', /^its front matter is not valid YAML/);
  assert.equal(
    reasons.get('j-big.md'),
    'it is 21.0 MB, over the 20 MB limit (save only the article, or split the file).',
  );
  assert.match(reasons.get('k-page.html') ?? '', /^no article text could be found in it/);
  for (const { name, reason } of summary.failed) {
    assert.ok(name.startsWith(`in${path.sep}`), name);
    assert.doesNotMatch(reason, /\n|Cannot import/);
  }
  assert.deepEqual(await stored(archiveDir), { reviews: 2, assets: [], rows: 2 });
});

test('a file named on its own that is not supported fails; in a folder such files are counted in one notice', async () => {
  const { library, folder } = await workspace();
  const pdf = path.join(folder, 'x.pdf');
  await writeFile(pdf, '%PDF-1.7');
  const explicit = await library.api.importFiles({ paths: [pdf, path.join(folder, 'missing.md')] });
  assert.deepEqual(explicit.failed, [
    { name: pdf, reason: 'PDF files are not supported (supported: .html, .htm, .xhtml, .md, .markdown, .txt).' },
    { name: path.join(folder, 'missing.md'), reason: 'there is no such file or folder.' },
  ]);

  const many = path.join(folder, 'many');
  await mkdir(path.join(many, 'deeper'), { recursive: true });
  await Promise.all(
    Array.from({ length: 3000 }, (_, i) => writeFile(path.join(many, i % 2 ? 'deeper' : '', `scan-${i}.pdf`), '')),
  );
  await writeFile(path.join(many, 'photo.png'), pixelPng);
  await writeFile(path.join(many, 'bundle.zip'), '');
  await writeFile(path.join(many, 'notes.docx'), '');
  await writeFile(path.join(many, 'review.md'), goodMarkdown('The one review'));
  const walked = await library.api.importFiles({ paths: [many] });
  assert.deepEqual(walked.failed, []);
  assert.equal(walked.imported.length, 1);
  assert.deepEqual(walked.notices, ['Skipped 3,003 files that are not reviews (.pdf, .docx, .png, …).']);
});

test('hidden files and folders are left out, and a page keeps its _files folder instead of importing it', async () => {
  const { library, archiveDir, folder } = await workspace();
  await mkdir(path.join(folder, '.git'));
  await writeFile(path.join(folder, '.git', 'HEAD.md'), goodMarkdown('Hidden in git'));
  await writeFile(path.join(folder, '.draft.md'), goodMarkdown('Hidden draft'));
  await mkdir(path.join(folder, 'page_files'));
  await writeFile(path.join(folder, 'page_files', 'photo.png'), pixelPng);
  await writeFile(path.join(folder, 'page_files', 'readme.md'), goodMarkdown('Inside the images folder'));
  const paragraph = '<p>The harbour papers weighed the wage offer against the long strike, week after week.</p>';
  await writeFile(
    path.join(folder, 'page.html'),
    `<html><head><title>Harbour wages</title></head><body><article><h1>Harbour wages</h1>${paragraph.repeat(3)}<img src="page_files/photo.png" alt="The quay">${paragraph.repeat(3)}</article></body></html>`,
  );
  const summary = await library.api.importFiles({ paths: [folder] });
  assert.deepEqual(
    summary.imported.map((row) => row.title),
    ['Harbour wages'],
  );
  assert.deepEqual([summary.failed, summary.notices], [[], []]);
  const id = summary.imported[0]?.id ?? '';
  const review = await library.api.getReview({ id });
  const [asset] = await readdir(path.join(archiveDir, 'assets', id));
  assert.match(asset ?? '', /^[0-9a-f]{12}\.png$/);
  assert.ok(review.body.includes(`](assets/${id}/${asset})`), review.body);
  assert.deepEqual(await readFile(path.join(archiveDir, 'assets', id, asset ?? '')), pixelPng);
});

test('a 1,000-file folder imports in order with progress; importing it again finds 1,000 duplicates', async () => {
  const { library, archiveDir, folder } = await workspace();
  const files = await writeImportFiles(folder, 1000, { seed: 7, htmlPages: 4 });
  const progress: Array<{ done: number; total: number; current: string }> = [];
  const added: string[] = [];
  library.events.subscribe((event: OffprintEvent) => {
    if (event.type === 'import-progress') progress.push(event.payload);
    if (event.type === 'review-added') added.push(event.payload.review.id);
  });
  const summary = await library.api.importFiles({ paths: [folder] });
  assert.deepEqual([summary.failed, summary.duplicates, summary.notices], [[], [], []]);
  assert.equal(summary.imported.length, 1000);
  assert.deepEqual(
    progress.map((step) => step.done),
    Array.from({ length: 1000 }, (_, i) => i + 1),
  );
  assert.ok(progress.every((step) => step.total === 1000));
  assert.deepEqual(
    progress.map((step) => step.current),
    files.names.map((name) => path.join('in', name)),
  );
  assert.deepEqual(
    added,
    summary.imported.map((row) => row.id),
  );
  const onDisk = await stored(archiveDir);
  assert.deepEqual([onDisk.reviews, onDisk.rows, onDisk.assets.length], [1000, 1000, 4]);
  const kinds = new Set(
    await Promise.all(
      summary.imported.map(async (row) => (await library.api.getReview({ id: row.id })).provenance.kind),
    ),
  );
  assert.deepEqual([...kinds].sort(), ['html', 'markdown', 'page-text']);

  const indexBefore = await readFile(path.join(archiveDir, 'offprint.json'), 'utf8');
  const again = await library.api.importFiles({ paths: [folder] });
  assert.deepEqual([again.imported, again.failed], [[], []]);
  assert.equal(again.duplicates.length, 1000);
  assert.deepEqual(again.duplicates[0], {
    name: path.join('in', files.names[0] ?? ''),
    existingId: summary.imported[0]?.id,
  });
  assert.equal(await readFile(path.join(archiveDir, 'offprint.json'), 'utf8'), indexBefore);
  assert.deepEqual(await stored(archiveDir), onDisk);
});

test('a changed file is imported as a new version of the review; the notes stay with the old one', async () => {
  const { library, folder } = await workspace();
  const file = path.join(folder, 'talks.md');
  await writeFile(file, goodMarkdown('Talks resume'));
  const first = (await library.api.importFiles({ paths: [file] })).imported[0]?.id ?? '';
  await library.api.saveNote({ reviewId: first, body: 'On the first version.' });
  await writeFile(file, `${goodMarkdown('Talks resume')}\nA corrected closing paragraph.\n`);
  const summary = await library.api.importFiles({ paths: [file] });
  const second = summary.imported[0]?.id ?? '';
  assert.notEqual(second, first);
  assert.equal((await library.api.getReview({ id: second })).previousVersionId, first);
  assert.deepEqual(summary.notices, [
    '1 review was imported as a new version of one already in the archive; notes stay with the version they were written on.',
  ]);
  assert.equal((await library.api.listNotes({ reviewId: first })).notes.length, 1);
  assert.deepEqual((await library.api.listNotes({ reviewId: second })).notes, []);

  await writeFile(file, `${goodMarkdown('Talks resume')}\nA third take.\n`);
  const third = (await library.api.importFiles({ paths: [file] })).imported[0]?.id ?? '';
  assert.equal((await library.api.getReview({ id: third })).previousVersionId, second);
});

test('the same source address with changed text is a new version even when the title changed', async () => {
  const { library, folder } = await workspace();
  const source = 'source: https://example.org/reviews/64\n';
  await writeFile(path.join(folder, 'a.md'), goodMarkdown('Talks resume', source));
  await writeFile(path.join(folder, 'b.md'), goodMarkdown('Talks resume at last', source));
  const summary = await library.api.importFiles({ paths: [folder] });
  const [first, second] = summary.imported;
  assert.equal((await library.api.getReview({ id: second?.id ?? '' })).previousVersionId, first?.id);
});

test('an address is imported with its images saved into the archive', async (t) => {
  const paragraph = '<p>The regional papers covered the harbour talks at length, and quoted the union.</p>';
  const origin = await serve(t, (req, res) => {
    if (req.url === '/pic.png') {
      res.writeHead(200, { 'Content-Type': 'image/png' });
      res.end(pixelPng);
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(
      `<html lang="en"><head><title>Harbour talks</title></head><body><article><h1>Harbour talks</h1>${paragraph.repeat(3)}<img src="/pic.png" alt="The quay">${paragraph.repeat(3)}</article></body></html>`,
    );
  });
  const { library, archiveDir } = await workspace();
  const progress: unknown[] = [];
  library.events.subscribe((event) => {
    if (event.type === 'import-progress') progress.push(event.payload);
  });
  const summary = await library.api.importUrl({ url: `${origin}/talks` });
  assert.deepEqual([summary.failed, summary.notices], [[], []]);
  const id = summary.imported[0]?.id ?? '';
  const review = await library.api.getReview({ id });
  assert.deepEqual(review.provenance, { kind: 'url', url: `${origin}/talks` });
  const [asset] = await readdir(path.join(archiveDir, 'assets', id));
  assert.ok(review.body.includes(`assets/${id}/${asset}`));
  assert.doesNotMatch(review.body, /127\.0\.0\.1/);
  assert.deepEqual(progress, [{ done: 1, total: 1, current: `${origin}/talks` }]);
});

test('an address that redirects forever or answers 404 fails with one line naming it', async (t) => {
  const origin = await serve(t, (req, res) => {
    if (req.url?.startsWith('/loop')) {
      res.writeHead(302, { Location: `/loop${Number(req.url.slice(5) || 0) + 1}` });
      res.end();
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/html' });
    res.end('<p>Not here</p>');
  });
  const { library, archiveDir } = await workspace();
  const loop = await library.api.importUrl({ url: `${origin}/loop` });
  assert.equal(loop.failed[0]?.name, `${origin}/loop`);
  assert.match(loop.failed[0]?.reason ?? '', /^it redirects more than \d+ times/);
  const missing = await library.api.importUrl({ url: `${origin}/gone` });
  assert.match(missing.failed[0]?.reason ?? '', /^it answered 404/);
  const notWeb = await library.api.importUrl({ url: 'ftp://example.org/x.html' });
  assert.equal(notWeb.failed[0]?.reason, 'only https:// and http:// addresses can be imported.');
  assert.deepEqual(await stored(archiveDir), { reviews: 0, assets: [], rows: 0 });
});

test('uploads are imported by name; a dropped folder counts its other files and leaves page images out', async () => {
  const { library } = await workspace();
  const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');
  const summary = await library.api.importUpload({
    files: [
      { name: 'talks.md', dataBase64: base64(goodMarkdown('Talks resume')) },
      { name: 'scan.pdf', dataBase64: base64('%PDF-1.7') },
      { name: 'notes.md', relativePath: 'saved/notes.md', dataBase64: base64('# Notes\n\nA few lines.\n') },
      { name: 'photo.png', relativePath: 'saved/photo.png', dataBase64: base64(pixelPng) },
      { name: 'pic.png', relativePath: 'saved/page_files/pic.png', dataBase64: base64(pixelPng) },
      { name: 'page.html', relativePath: 'saved/page.html', dataBase64: base64('<script>only()</script>') },
      { name: 'x.md', relativePath: 'saved/.hidden/x.md', dataBase64: base64('# Hidden\n\nText.\n') },
    ],
  });
  assert.deepEqual(
    summary.imported.map((row) => row.title),
    ['Talks resume', 'Notes'],
  );
  assert.deepEqual(
    summary.failed.map((failure) => failure.name),
    ['scan.pdf', 'saved/page.html'],
  );
  assert.equal(summary.notices[0], 'Skipped 1 file that is not a review (.png).');
  const tooLarge = await library.api.importUpload({ files: [{ name: 'huge.md', dataBase64: 'A'.repeat(29_000_000) }] });
  assert.deepEqual(tooLarge.failed, [
    { name: 'huge.md', reason: 'it is 20.7 MB, over the 20 MB limit (save only the article, or split the file).' },
  ]);
  assert.match(summary.notices[1] ?? '', /^Left out 1 file from the "_files" folders of uploaded pages/);
});

test('an archive opened read-only refuses to import', async () => {
  const dir = await tempDir();
  await (await openLibrary(dir)).archive.close();
  const { api } = await openLibrary(dir, { readOnly: true });
  await assert.rejects(api.importFiles({ paths: [dir] }), /opened for reading only/);
});

test('when an image cannot be stored, that page fails whole and the other files land', async () => {
  const { library, archiveDir, folder } = await workspace();
  await writeImportFiles(folder, 4, { seed: 3, htmlPages: 1 });
  // A file where the assets folder should be: writing any image fails.
  await writeFile(path.join(archiveDir, 'assets'), '');
  const summary = await library.api.importFiles({ paths: [folder] });
  assert.equal(summary.imported.length, 3);
  assert.equal(summary.failed.length, 1);
  assert.match(summary.failed[0]?.name ?? '', /review-00004\.html$/);
  assert.match(summary.failed[0]?.reason ?? '', /^Could not save /);
  assert.deepEqual((await readdir(path.join(archiveDir, 'reviews'))).length, 3);
  assert.equal((await library.api.listReviews({})).reviews.length, 3);
});

test('an uploaded .jsonld of exported notes is restored onto its review, and a broken one fails with its line', async () => {
  const { library } = await workspace();
  const base64 = (text: string) => Buffer.from(text).toString('base64');
  const imported = await library.api.importUpload({
    files: [{ name: 'talks.md', dataBase64: base64(goodMarkdown('Talks resume')) }],
  });
  const reviewId = imported.imported[0]?.id ?? '';
  const note = await library.api.saveNote({ reviewId, body: 'The talks resumed on Monday.' });
  const { files } = await library.api.exportReviews({ ids: [reviewId], format: 'annotations' });
  await library.api.deleteNote({ reviewId, id: note.id });

  const summary = await library.api.importUpload({
    files: [
      { name: 'notes.jsonld', dataBase64: base64(files[0]?.text ?? '') },
      { name: 'broken.jsonld', dataBase64: base64('{ not json') },
    ],
  });
  assert.deepEqual(summary.notices, ['Restored 1 note or highlight from notes.jsonld.']);
  assert.equal(summary.failed.length, 1);
  assert.equal(summary.failed[0]?.name, 'broken.jsonld');
  assert.match(summary.failed[0]?.reason ?? '', /^This file is not/);
  const { notes } = await library.api.listNotes({ reviewId });
  assert.deepEqual(
    notes.map((each) => [each.id, each.body]),
    [[note.id, 'The talks resumed on Monday.']],
  );
});
