import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { rawRequest, startTestServer, type TestServer } from './test-server.ts';

const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

async function serverWithImage(): Promise<TestServer> {
  const server = await startTestServer();
  await mkdir(path.join(server.archiveDir, 'assets', 'review-1'), { recursive: true });
  await writeFile(path.join(server.archiveDir, 'assets', 'review-1', 'a1b2c3.png'), png);
  return server;
}

/** The cookie the host sets on an API answer to a request that carried the token. */
async function assetCookie(server: TestServer): Promise<string> {
  const response = await fetch(`${server.origin}/api/listReviews`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Offprint-Token': server.token },
    body: '{}',
  });
  await response.body?.cancel();
  return response.headers.get('set-cookie') ?? '';
}

test('an API answer to a request with the token sets the image cookie, HttpOnly and only for /assets', async (t) => {
  const server = await serverWithImage();
  t.after(() => server.close());
  assert.equal(
    await assetCookie(server),
    `offprint-token-${server.port}=${server.token}; HttpOnly; SameSite=Strict; Path=/assets`,
  );
  const refused = await fetch(`${server.origin}/api/listReviews`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  await refused.body?.cancel();
  assert.equal(refused.status, 401);
  assert.equal(refused.headers.get('set-cookie'), null);
});

test('an archive image without the cookie is refused with 401', async (t) => {
  const server = await serverWithImage();
  t.after(() => server.close());
  const answer = await rawRequest(server.port, { path: '/assets/review-1/a1b2c3.png' });
  assert.equal(answer.status, 401);
  const wrong = await rawRequest(server.port, {
    path: '/assets/review-1/a1b2c3.png',
    headers: { Cookie: `offprint-token-${server.port}=wrong` },
  });
  assert.equal(wrong.status, 401);
  const token = await rawRequest(server.port, {
    path: '/assets/review-1/a1b2c3.png',
    headers: { 'X-Offprint-Token': server.token },
  });
  assert.equal(token.status, 401);
});

test('with the cookie an archive image is served with its type and no sniffing', async (t) => {
  const server = await serverWithImage();
  t.after(() => server.close());
  const cookie = (await assetCookie(server)).split(';')[0] ?? '';
  const response = await fetch(`${server.origin}/assets/review-1/a1b2c3.png`, { headers: { Cookie: cookie } });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'image/png');
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.match(response.headers.get('content-security-policy') ?? '', /^default-src 'none'; sandbox$/);
  assert.deepEqual(Buffer.from(await response.arrayBuffer()), png);
});

test('with the cookie, paths out of the assets folder and missing images answer 404', async (t) => {
  const server = await serverWithImage();
  t.after(() => server.close());
  const cookie = (await assetCookie(server)).split(';')[0] ?? '';
  for (const target of [
    '/assets/../offprint.json',
    '/assets/review-1/../../offprint.json',
    '/assets/review-1/%2e%2e%2f%2e%2e%2foffprint.json',
    '/assets/%2e%2e/settings.json',
    '/assets/review-1/missing.png',
  ]) {
    const answer = await rawRequest(server.port, { path: target, headers: { Cookie: cookie } });
    assert.equal(answer.status, 404, target);
    assert.doesNotMatch(answer.body, /schemaVersion|theme/);
  }
});

test('only GET and HEAD are answered for archive images', async (t) => {
  const server = await serverWithImage();
  t.after(() => server.close());
  const answer = await rawRequest(server.port, { method: 'POST', path: '/assets/review-1/a1b2c3.png' });
  assert.equal(answer.status, 405);
  assert.equal(answer.headers.allow, 'GET, HEAD');
});
