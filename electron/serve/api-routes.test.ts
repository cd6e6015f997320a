import assert from 'node:assert/strict';
import { request } from 'node:http';
import { test } from 'node:test';
import type { ReviewSummary } from '../model/review.ts';
import { maxBodyBytes } from './request-body.ts';
import { rawRequest, startServerForTest, type TestServer } from './test-server.ts';

const sampleTitle = 'How the coastal papers covered the harbour strike';
const tokenMessage = 'This request needs the token from the address Offprint printed. Open that address again.';

function post(origin: string, method: string, headers: Record<string, string>, body = '{}'): Promise<Response> {
  return fetch(`${origin}/api/${method}`, { method: 'POST', headers, body });
}

/** Calls listReviews with the token, sending `body` as `contentType`. */
function postListReviews(server: TestServer, contentType: string, body: string): Promise<Response> {
  return post(server.origin, 'listReviews', { 'Content-Type': contentType, 'X-Offprint-Token': server.token }, body);
}

async function sampleId(call: (method: string, input: unknown) => Promise<{ body: unknown }>): Promise<string> {
  const { body } = await call('listReviews', {});
  return (body as { value: { reviews: ReviewSummary[] } }).value.reviews[0]?.id ?? '';
}

test('an API call without the token is refused with 401 and a line saying what to do', async (t) => {
  const server = await startServerForTest(t);
  const response = await post(server.origin, 'listReviews', { 'Content-Type': 'application/json' });
  assert.equal(response.status, 401);
  assert.deepEqual(await response.json(), { ok: false, error: tokenMessage });
});

test('an API call with a wrong token is refused with 401', async (t) => {
  const server = await startServerForTest(t);
  const wrong = `${server.token.slice(0, -1)}${server.token.endsWith('A') ? 'B' : 'A'}`;
  const response = await post(server.origin, 'listReviews', {
    'Content-Type': 'application/json',
    'X-Offprint-Token': wrong,
  });
  assert.equal(response.status, 401);
  assert.deepEqual(await response.json(), { ok: false, error: tokenMessage });
});

test('with the token, the review list holds the sample review', async (t) => {
  const server = await startServerForTest(t);
  const { status, body } = await server.call('listReviews', {});
  assert.equal(status, 200);
  const { reviews } = (body as { value: { reviews: ReviewSummary[] } }).value;
  assert.deepEqual(
    reviews.map((review) => review.title),
    [sampleTitle],
  );
});

test('a note saved over HTTP comes back in the list of notes', async (t) => {
  const server = await startServerForTest(t);
  const reviewId = await sampleId(server.call);
  const saved = await server.call('saveNote', { reviewId, body: 'The framing moved, not the facts.' });
  assert.equal(saved.status, 200);
  const listed = await server.call('listNotes', { reviewId });
  assert.equal(listed.status, 200);
  const { notes } = (listed.body as { value: { notes: { body: string }[] } }).value;
  assert.deepEqual(
    notes.map((note) => note.body),
    ['The framing moved, not the facts.'],
  );
});

test('invalid input is answered with 400 and one readable line', async (t) => {
  const server = await startServerForTest(t);
  const { status, body } = await server.call('getReview', { id: '../offprint' });
  assert.equal(status, 400);
  const { ok, error } = body as { ok: boolean; error: string };
  assert.equal(ok, false);
  assert.match(error, /^Invalid input for getReview \(id\): /);
  assert.doesNotMatch(error, /\n/);
});

test('a failure inside the library is answered with 400 and its message', async (t) => {
  const server = await startServerForTest(t);
  const { status, body } = await server.call('listNotes', { reviewId: 'no-such-review' });
  assert.equal(status, 400);
  assert.deepEqual(body, {
    ok: false,
    kind: 'not-found',
    error: 'There is no review with id "no-such-review" in this archive.',
  });
});

test('a method the contract does not have is answered with 404', async (t) => {
  const server = await startServerForTest(t);
  const { status, body } = await server.call('dropArchive', {});
  assert.equal(status, 404);
  assert.deepEqual(body, { ok: false, kind: 'unsupported', error: 'Offprint has no method "dropArchive".' });
});

test('a method that reads files by their path is refused to pages with 403, and nothing is read', async (t) => {
  const server = await startServerForTest(t);
  const { status, body } = await server.call('importFiles', { paths: ['/etc/hostname'] });
  assert.equal(status, 403);
  assert.deepEqual(body, {
    ok: false,
    error:
      'A page may not call importFiles, which reads files by their path; import files with "offprint import" or the reader\'s Import menu.',
  });
  const { body: list } = await server.call('listReviews', {});
  assert.equal((list as { value: { reviews: ReviewSummary[] } }).value.reviews.length, 1);
});

test('a GET on an API method is answered with 405 and Allow: POST', async (t) => {
  const server = await startServerForTest(t);
  for (const path of ['/api/listReviews', '/api']) {
    const response = await fetch(`${server.origin}${path}`, { headers: { 'X-Offprint-Token': server.token } });
    assert.equal(response.status, 405, path);
    assert.equal(response.headers.get('allow'), 'POST');
    assert.equal(((await response.json()) as { ok: boolean }).ok, false);
  }
});

test('a body that is not JSON is answered with 400', async (t) => {
  const server = await startServerForTest(t);
  const response = await postListReviews(server, 'application/json', '{"not json');
  assert.equal(response.status, 400);
  assert.deepEqual(await response.json(), { ok: false, error: 'The request body is not valid JSON.' });
});

test('a body sent as another content type is answered with 415', async (t) => {
  const server = await startServerForTest(t);
  const response = await postListReviews(server, 'text/plain', '{}');
  assert.equal(response.status, 415);
  assert.equal(((await response.json()) as { ok: boolean }).ok, false);
});

test('a body declared larger than 16 MiB is answered with 413 before it is read', async (t) => {
  const server = await startServerForTest(t);
  const answer = await rawRequest(server.port, {
    method: 'POST',
    path: '/api/importMarkdown',
    headers: {
      'Content-Type': 'application/json',
      'Content-Length': String(maxBodyBytes + 1),
      'X-Offprint-Token': server.token,
      Connection: 'close',
    },
  });
  assert.equal(answer.status, 413);
});

test('a streamed body that grows past 16 MiB is answered with 413 and nothing is imported', {
  timeout: 30_000,
}, async (t) => {
  const server = await startServerForTest(t);
  const { status, body } = await streamOversizedCall(server.port, server.token);
  assert.equal(status, 413);
  assert.deepEqual(JSON.parse(body), {
    ok: false,
    error: 'The request body is larger than 16 MiB; send less at once.',
  });
  assert.equal((await server.library.api.listReviews({})).reviews.length, 1);
});

/** Streams a JSON body one MiB at a time, without holding it in memory, until the server answers. */
function streamOversizedCall(port: number, token: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(1024 * 1024, 'x');
    const limitChunks = maxBodyBytes / chunk.length + 2;
    let answered = false;
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/importMarkdown',
        headers: { 'Content-Type': 'application/json', 'X-Offprint-Token': token },
      },
      (response) => {
        answered = true;
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (text: string) => {
          body += text;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    outgoing.on('error', reject);
    outgoing.write('{"content":"');
    let sent = 0;
    const sendMore = () => {
      while (!answered && sent < limitChunks) {
        sent += 1;
        if (!outgoing.write(chunk)) {
          outgoing.once('drain', sendMore);
          return;
        }
      }
      outgoing.end('"}');
    };
    sendMore();
  });
}
