import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
import { test } from 'node:test';
import { contentSecurityPolicy } from '../host/renderer-files.ts';
import { startServer } from './server.ts';
import { type RawAnswer, rawRequest, startServerForTest, type TestServer, testIndexHtml } from './test-server.ts';

/** Sends `headers` for a page, the event stream and an API call (a POST), answering each path with its answer. */
async function requestEachKind(server: TestServer, headers: Record<string, string>): Promise<[string, RawAnswer][]> {
  const answers: [string, RawAnswer][] = [];
  for (const path of ['/', '/api/events', '/api/listReviews']) {
    const method = path === '/api/listReviews' ? 'POST' : 'GET';
    answers.push([path, await rawRequest(server.port, { method, path, headers, body: '{}' })]);
  }
  return answers;
}

test('the address to open carries the port and a long random token in its fragment', async (t) => {
  const server = await startServerForTest(t);
  assert.equal(server.url, `http://127.0.0.1:${server.port}/#token=${server.token}`);
  assert.match(server.token, /^[A-Za-z0-9_-]{43}$/);
  const other = await startServerForTest(t);
  assert.notEqual(other.token, server.token);
});

test('the reader page is served without a token, with the strict content security policy', async (t) => {
  const server = await startServerForTest(t);
  const response = await fetch(`${server.origin}/`);
  assert.equal(response.status, 200);
  assert.equal(await response.text(), testIndexHtml);
  assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(response.headers.get('content-security-policy'), contentSecurityPolicy);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
  assert.equal(response.headers.get('cache-control'), 'no-store');
  assert.equal(response.headers.get('cross-origin-opener-policy'), 'same-origin');
  assert.equal(response.headers.get('x-frame-options'), 'DENY');
});

test('the renderer files are served with their content type, and HEAD sends no body', async (t) => {
  const server = await startServerForTest(t);
  const script = await fetch(`${server.origin}/app.js?v=1`);
  assert.equal(script.status, 200);
  assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.match(script.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  const head = await rawRequest(server.port, {
    method: 'HEAD',
    path: '/index.html',
    headers: { Host: `localhost:${server.port}` },
  });
  assert.equal(head.status, 200);
  assert.equal(head.headers['content-length'], String(Buffer.byteLength(testIndexHtml)));
  assert.equal(head.body, '');
});

test('a request that climbs out of the renderer folder is answered with 404', async (t) => {
  const server = await startServerForTest(t);
  for (const path of ['/../package.json', '/%2e%2e/package.json', '/%2E%2E%2Fpackage.json', '/missing.js']) {
    const answer = await rawRequest(server.port, { path, headers: { Host: `127.0.0.1:${server.port}` } });
    assert.equal(answer.status, 404, path);
    assert.doesNotMatch(answer.body, /outside the renderer folder/);
  }
});

test('only GET and HEAD are answered for the renderer files', async (t) => {
  const server = await startServerForTest(t);
  const response = await fetch(`${server.origin}/`, { method: 'POST', body: 'x' });
  assert.equal(response.status, 405);
  assert.equal(response.headers.get('allow'), 'GET, HEAD');
});

test('a request addressed to a foreign host name is refused with 403', async (t) => {
  const server = await startServerForTest(t);
  const headers = { Host: `rebound.example:${server.port}`, 'X-Offprint-Token': server.token };
  for (const [path, answer] of await requestEachKind(server, headers)) {
    assert.equal(answer.status, 403, path);
    assert.equal(answer.body.trim().split('\n').length, 1);
  }
});

test('a request from another site is refused with 403 even when it carries the token', async (t) => {
  const server = await startServerForTest(t);
  const headers = {
    Host: `127.0.0.1:${server.port}`,
    Origin: 'http://attacker.example',
    'X-Offprint-Token': server.token,
    'Content-Type': 'application/json',
  };
  for (const [path, answer] of await requestEachKind(server, headers)) {
    assert.equal(answer.status, 403, path);
    assert.equal(answer.body.trim(), 'Offprint answers only its own pages; a request from another site was refused.');
  }
  const own = await rawRequest(server.port, {
    method: 'POST',
    path: '/api/listReviews',
    headers: {
      Host: `127.0.0.1:${server.port}`,
      Origin: server.origin,
      'X-Offprint-Token': server.token,
      'Content-Type': 'application/json',
    },
    body: '{}',
  });
  assert.equal(own.status, 200);
});

test("served on every address, it answers requests naming this machine's addresses and still refuses other names", async (t) => {
  const lan = Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .find((entry) => entry.family === 'IPv4' && !entry.internal);
  if (!lan) {
    t.skip('this machine has no network address besides loopback');
    return;
  }
  const server = await startServerForTest(t, { host: '0.0.0.0' });
  assert.equal(server.url, `http://127.0.0.1:${server.port}/#token=${server.token}`);
  const ask = (host: string) =>
    rawRequest(server.port, {
      method: 'POST',
      path: '/api/listReviews',
      headers: {
        Host: `${host}:${server.port}`,
        Origin: `http://${host}:${server.port}`,
        'X-Offprint-Token': server.token,
        'Content-Type': 'application/json',
      },
      body: '{}',
    });
  assert.equal((await ask(lan.address)).status, 200);
  assert.equal((await ask('rebound.example')).status, 403);
  assert.equal((await ask('10.255.255.254')).status, 403);
});

test('a port that is taken makes startServer fail with EADDRINUSE', async (t) => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  t.after(() => blocker.close());
  const port = (blocker.address() as { port: number }).port;
  const server = await startServerForTest(t);
  await assert.rejects(
    startServer({ api: server.library.api, events: server.library.events, rendererDir: server.rendererDir, port }),
    { code: 'EADDRINUSE' },
  );
});

test('a failure while answering is one JSON line with 500, and the server goes on serving', async (t) => {
  const working = await startServerForTest(t);
  const events = {
    subscribe(): () => void {
      throw new Error('the event hub is closed');
    },
  };
  const server = await startServer({ api: working.library.api, events, rendererDir: working.rendererDir });
  t.after(() => server.close());
  const origin = `http://127.0.0.1:${server.port}`;
  const failed = await fetch(`${origin}/api/events`, { headers: { 'X-Offprint-Token': server.token } });
  assert.equal(failed.status, 500);
  assert.deepEqual(await failed.json(), { ok: false, error: 'Offprint failed to answer: the event hub is closed' });
  assert.equal((await fetch(`${origin}/`)).status, 200);
});
