import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { fetchUrl } from './url-fetch.ts';

const page = '<html><head><title>Talks</title></head><body><p>Hello</p></body></html>';
const routes: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {
  '/page.html': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=Shift_JIS' });
    response.end(page);
  },
  '/moved': (_request, response) => {
    response.writeHead(301, { location: '/page.html' });
    response.end();
  },
  '/loop': (_request, response) => {
    response.writeHead(302, { location: '/loop' });
    response.end();
  },
  '/nowhere': (_request, response) => {
    response.writeHead(302);
    response.end();
  },
  '/to-file': (_request, response) => {
    response.writeHead(302, { location: 'file:///etc/passwd' });
    response.end();
  },
  '/silent': () => {},
  '/slow-body': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.write('<p>first part');
  },
  '/huge': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    const chunk = 'x'.repeat(64 * 1024);
    let sent = 0;
    const pump = () => {
      while (sent < 64 && response.write(chunk)) sent++;
      if (sent < 64) response.once('drain', pump);
      else response.end();
    };
    pump();
  },
  '/declared-huge': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
    response.write('<p>');
  },
  '/picture.png': (_request, response) => {
    response.writeHead(200, { 'content-type': 'image/png' });
    response.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  },
  '/untyped': (_request, response) => {
    response.end('plain bytes');
  },
};

let base = '';
const server = createServer((request, response) => {
  const route = routes[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
  if (route) route(request, response);
  else {
    response.writeHead(404, { 'content-type': 'text/html' });
    response.end('<p>Not here</p>');
  }
});

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

test('a web page comes back with its bytes, media type, charset and address', async () => {
  const fetched = await fetchUrl(`${base}/page.html`);
  assert.equal(new TextDecoder().decode(fetched.bytes), page);
  assert.equal(fetched.mediaType, 'text/html');
  assert.equal(fetched.charset, 'Shift_JIS');
  assert.equal(fetched.finalUrl, `${base}/page.html`);
});

test('a redirect to a good page is followed and the final address reported', async () => {
  const fetched = await fetchUrl(`${base}/moved`);
  assert.equal(fetched.finalUrl, `${base}/page.html`);
  assert.equal(new TextDecoder().decode(fetched.bytes), page);
});

test('a 404 answer names the status', async () => {
  await assert.rejects(fetchUrl(`${base}/missing`), {
    name: 'OffprintError',
    message: `Cannot import "${base}/missing": it answered 404 Not Found (check the address, or try again later)`,
  });
});

test('a server that never answers times out', async () => {
  await assert.rejects(fetchUrl(`${base}/silent`, { timeoutMs: 200 }), {
    message: `Cannot import "${base}/silent": it did not answer within 0.2 seconds (check the address, or try again later)`,
  });
});

test('a body that stops arriving times out too', async () => {
  await assert.rejects(fetchUrl(`${base}/slow-body`, { timeoutMs: 300 }), /it did not answer within 0.3 seconds/);
});

test('a redirect loop stops after the redirect limit', async () => {
  await assert.rejects(fetchUrl(`${base}/loop`), {
    message: `Cannot import "${base}/loop": it redirects more than 5 times (open it in a browser to find its final address)`,
  });
  await assert.rejects(fetchUrl(`${base}/loop`, { maxRedirects: 1 }), /redirects more than 1 times/);
});

test('a redirect without a Location or to a file: address is refused', async () => {
  await assert.rejects(fetchUrl(`${base}/nowhere`), /it answered 302 Found without saying where to go/);
  await assert.rejects(
    fetchUrl(`${base}/to-file`),
    /only http:\/\/ and https:\/\/ addresses can be fetched, not file:/,
  );
});

test('a body over the size limit is abandoned while it streams', async () => {
  await assert.rejects(fetchUrl(`${base}/huge`, { maxBytes: 1024 * 1024 }), {
    message: `Cannot import "${base}/huge": it is larger than the 1 MB limit`,
  });
});

test('a declared length over the size limit is refused before reading', async () => {
  await assert.rejects(fetchUrl(`${base}/declared-huge`), /it is larger than the 20 MB limit/);
});

test('a page address that serves an image is refused, and an image address is accepted for images', async () => {
  await assert.rejects(fetchUrl(`${base}/picture.png`), {
    message: `Cannot import "${base}/picture.png": it is image/png, not a web page (addresses of HTML, plain text or Markdown pages can be imported)`,
  });
  const image = await fetchUrl(`${base}/picture.png`, { accept: 'image' });
  assert.equal(image.mediaType, 'image/png');
  await assert.rejects(fetchUrl(`${base}/page.html`, { accept: 'image' }), {
    message: `Cannot fetch the image "${base}/page.html": it is text/html, not an image`,
  });
});

test('a body without a content type is refused', async () => {
  await assert.rejects(fetchUrl(`${base}/untyped`), /it is of no stated type, not a web page/);
});

test('only http and https addresses are fetched', async () => {
  for (const address of ['file:///etc/passwd', 'data:text/html,<p>x', 'ftp://127.0.0.1/file.html']) {
    await assert.rejects(fetchUrl(address), /only http:\/\/ and https:\/\/ addresses can be fetched/);
  }
  await assert.rejects(fetchUrl('not an address'), {
    message: 'Cannot import "not an address": it is not a web address (it should start with https://)',
  });
});

test('a closed port is reported as unreachable', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  await assert.rejects(fetchUrl(`http://127.0.0.1:${port}/`), /the server could not be reached \(ECONNREFUSED;/);
});
