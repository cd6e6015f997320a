import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateSync } from 'node:zlib';
import { expect, test } from './fixtures.ts';

const sampleTitle = 'How the coastal papers covered the harbour strike';
const articleTitle = 'Harbour towns weigh the cost of the long strike';

let site: Server | undefined;
test.afterEach(async () => {
  site?.closeAllConnections();
  await new Promise((resolve) => site?.close(resolve) ?? resolve(undefined));
  site = undefined;
});

/** A small page of news, on a server of its own on 127.0.0.1, with a photo served beside it. */
async function startNewsSite(): Promise<string> {
  const paragraphs = Array.from(
    { length: 8 },
    (_, index) =>
      `<p>Paragraph ${index + 1}: dock workers and ship owners met again this week, and the regional papers ` +
      'followed every turn of the talks, quoting union leaders, port officials and the families waiting at home.</p>',
  ).join('\n');
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${articleTitle}</title>
<meta name="author" content="Ines Calloway"></head><body><header><nav>Home · World · Business</nav></header>
<main><article><h1>${articleTitle}</h1><p class="byline">By Ines Calloway</p>
<figure><img src="/photo.png" alt="Cranes idle at the quay" width="40" height="30"><figcaption>Cranes idle at the quay</figcaption></figure>
${paragraphs}</article></main><footer>© Harbour Gazette</footer></body></html>`;
  const photo = solidPng(40, 30);
  site = createServer((request, response) => {
    if (request.url === '/strike.html') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(page);
    } else if (request.url === '/photo.png') {
      response.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': photo.length });
      response.end(photo);
    } else {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('Not found');
    }
  });
  await new Promise<void>((resolve) => site?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
}

test('a page saved from its address opens with its image, stored in the archive and shown offline', async ({
  page,
  app,
}) => {
  const siteUrl = await startNewsSite();
  await expect(page.getByRole('navigation', { name: 'Library' }).getByText(sampleTitle)).toBeVisible();

  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('menuitem', { name: 'Save page from URL…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save page from URL' });
  await dialog.getByRole('textbox', { name: 'Page address' }).fill(`${siteUrl}/missing.html`);
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('404');
  await expect(dialog.getByRole('textbox', { name: 'Page address' })).toBeFocused();
  await dialog.getByRole('textbox', { name: 'Page address' }).fill(`${siteUrl}/strike.html`);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  const article = page.getByRole('article', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(articleTitle);
  const image = article.locator('.article-body img');
  await expect(image).toHaveAttribute('src', /^assets\//);
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(40);
  await expect(page.getByRole('region', { name: 'Import summary' }).getByRole('heading')).toHaveText(
    'Imported 1 review',
  );
  expect(app.refused).toEqual([]);
});

/** A PNG of one colour, made here so the test needs no image file. */
function solidPng(width: number, height: number): Buffer {
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([0x2a, 0x6f, 0x97]))]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
