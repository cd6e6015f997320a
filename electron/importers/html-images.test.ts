import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importHtml } from './html-import.ts';
import { fetchUrl } from './url-fetch.ts';

const png = await readFile(
  fileURLToPath(new URL('./test-pages-html/weekly-review-64_files/chart.png', import.meta.url)),
);
const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const filler =
  'This paragraph is here so the page reads as an article: it talks about the week in the press at some length, ' +
  'with enough words in it that Readability takes it for the main text of the page rather than for a caption.';

let folder = '';
let base = '';
const requests: string[] = [];
const server = createServer((request, response) => {
  requests.push(request.url ?? '');
  if (request.url === '/images/photo.png') {
    response.writeHead(200, { 'content-type': 'image/png' });
    response.end(png);
  } else if (request.url === '/images/huge.png') {
    response.writeHead(200, { 'content-type': 'image/png' });
    response.end(Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024)]));
  } else {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('missing');
  }
});

before(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'offprint-html-images-'));
  await mkdir(path.join(folder, 'page', 'page_files'), { recursive: true });
  await writeFile(path.join(folder, 'page', 'page_files', 'chart.png'), png);
  await writeFile(
    path.join(folder, 'page', 'page_files', 'huge.png'),
    Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024)]),
  );
  await writeFile(path.join(folder, 'secret.png'), gif);
  await symlink(path.join(folder, 'secret.png'), path.join(folder, 'page', 'page_files', 'linked.png'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(folder, { recursive: true, force: true });
});

function savedPage(images: string): Uint8Array {
  return new TextEncoder().encode(
    `<!DOCTYPE html><html><head><title>Pictures</title></head><body><article><h1>Pictures</h1><p>${filler}</p>${images}<p>${filler}</p></article></body></html>`,
  );
}

async function importSaved(images: string) {
  return importHtml({
    bytes: savedPage(images),
    fileName: 'page.html',
    localFilesDir: path.join(folder, 'page', 'page_files'),
  });
}

test('data: images are saved once however often they appear, named by their content', async () => {
  const src = `data:image/png;base64,${png.toString('base64')}`;
  const { assets, dropped, draft } = await importSaved(
    `<p><img src="${src}" alt="one"></p><p><img src="${src}" alt="two"></p>`,
  );
  assert.equal(assets.length, 1);
  assert.match(assets[0]?.name ?? '', /^[0-9a-f]{12}\.png$/);
  assert.equal(assets[0]?.mediaType, 'image/png');
  assert.deepEqual(dropped, []);
  assert.ok(draft.body.includes(`![one](offprint-asset:${assets[0]?.name})`));
  assert.ok(draft.body.includes(`![two](offprint-asset:${assets[0]?.name})`));
});

test('a data: URI whose bytes are not the image it claims, or that is not an image, is dropped', async () => {
  const { assets, dropped } = await importSaved(
    '<p><img src="data:image/png;base64,SGVsbG8sIHdvcmxk" alt=""></p>' +
      '<p><img src="data:text/html,%3Cscript%3Ealert(1)%3C/script%3E" alt=""></p>' +
      `<p><img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/%3E" alt=""></p>`,
  );
  assert.deepEqual(assets, []);
  assert.deepEqual(dropped, [
    'Dropped the inline image/png image (it is not a PNG, JPEG, GIF, WebP or AVIF image)',
    'Dropped the inline text/html image (it is not an image)',
    'Dropped the inline image/svg+xml image (SVG images can carry scripts, so they are not kept)',
  ]);
});

test('a symbolic link out of the page folder, a file: address outside it and a ../ path are not read', async () => {
  const outside = pathToFileURL(path.join(folder, 'secret.png')).href;
  const { assets, dropped } = await importSaved(
    `<p><img src="page_files/linked.png" alt=""></p><p><img src="${outside}" alt=""></p><p><img src="../secret.png" alt=""></p>`,
  );
  assert.deepEqual(assets, []);
  assert.deepEqual(dropped, [
    `Dropped the local image "page_files/linked.png" (it lies outside the page's folder)`,
    `Dropped the local image "${outside}" (it lies outside the page's folder)`,
    `Dropped the local image "secret.png" (it is not in the page's folder)`,
  ]);
});

test('a file: address inside the page folder is read like a relative one', async () => {
  const inside = pathToFileURL(path.join(folder, 'page', 'page_files', 'chart.png')).href;
  const { assets } = await importSaved(
    `<p><img src="${inside}" alt=""></p><p><img src="page_files/chart.png" alt=""></p>`,
  );
  assert.equal(assets.length, 1);
});

test('an image over 10 MB is dropped with a note', async () => {
  const { assets, dropped } = await importSaved('<p><img src="page_files/huge.png" alt=""></p>');
  assert.deepEqual(assets, []);
  assert.deepEqual(dropped, [
    'Dropped the local image "page_files/huge.png" (it is larger than the 10 MB limit for one image)',
  ]);
});

test('a dropped image inside a line of text leaves its alt text; one on its own leaves nothing', async () => {
  const { draft } = await importSaved(
    '<p>The matrix <img src="https://images.example.org/a.png" alt="A"> is square.</p>' +
      '<figure><img src="https://images.example.org/b.png" alt="A harbour at dawn"></figure>',
  );
  assert.ok(draft.body.includes('The matrix A is square.'));
  assert.ok(!draft.body.includes('harbour at dawn'));
});

test('remote images are fetched when a fetcher is given, resolving relative addresses against the page', async () => {
  requests.length = 0;
  const { assets, dropped, draft } = await importHtml({
    bytes: savedPage(
      '<p><img src="images/photo.png" alt="Photo"></p><p><img src="/images/missing.png" alt=""></p>' +
        `<p><img src="${base}/images/huge.png" alt=""></p><p><img src="https://images.example.org/elsewhere.png" alt=""></p>`,
    ),
    fileName: 'article',
    sourceUrl: `${base}/article.html`,
    fetchRemote: async (url) => {
      // Tests never reach any host but the local server.
      if (!url.startsWith(base)) return null;
      const fetched = await fetchUrl(url, { accept: 'image', timeoutMs: 2000 });
      return { bytes: fetched.bytes, mediaType: fetched.mediaType };
    },
  });
  assert.equal(assets.length, 1);
  assert.ok(draft.body.includes(`![Photo](offprint-asset:${assets[0]?.name})`));
  assert.deepEqual(dropped, [
    `Dropped the remote image ${base}/images/missing.png (Cannot fetch the image "${base}/images/missing.png": it answered 404 Not Found (check the address, or try again later))`,
    `Dropped the remote image ${base}/images/huge.png (it is larger than the 10 MB limit for one image)`,
    'Dropped the remote image https://images.example.org/elsewhere.png (it could not be fetched)',
  ]);
  assert.deepEqual(requests.sort(), ['/images/huge.png', '/images/missing.png', '/images/photo.png']);
});
