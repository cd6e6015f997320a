import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { createHttpApi } from './http-api.ts';

const token = 'test-token';
const seen: { method: string; headers: IncomingMessage['headers']; body: string }[] = [];
let eventConnections = 0;
let eventConnectionClosed: () => void = () => {};
let server: Server;
let baseUrl: string;

before(async () => {
  server = createServer((request, response) => void answer(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.headers['x-offprint-token'] !== token) {
    response.writeHead(401, { 'Content-Type': 'application/json' });
    response.end(
      JSON.stringify({ ok: false, error: 'This page has no valid token; open the address offprint printed.' }),
    );
    return;
  }
  if (request.url === '/api/events') return streamEvents(request, response);
  let body = '';
  for await (const chunk of request) body += chunk;
  const method = request.url?.replace('/api/', '') ?? '';
  seen.push({ method, headers: request.headers, body });
  if (method === 'listReviews') return json(response, 200, { ok: true, value: { reviews: [] } });
  if (method === 'getReview') return json(response, 400, { ok: false, error: 'There is no review with id "nope".' });
  response.writeHead(502, { 'Content-Type': 'text/html' });
  response.end('<h1>Bad gateway</h1>');
}

function json(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(value));
}

function streamEvents(request: IncomingMessage, response: ServerResponse): void {
  eventConnections += 1;
  response.writeHead(200, { 'Content-Type': 'text/event-stream' });
  if (eventConnections === 1) {
    // The first connection splits a frame across writes, then drops, so the client must reconnect.
    response.write(': ping\n\nevent: notes-changed\ndata: {"revie');
    setTimeout(() => {
      response.write('wId":"first"}\n\nevent: unknown-event\ndata: {}\n\n');
      response.end();
    }, 20);
    return;
  }
  response.write('event: notes-changed\ndata: {"reviewId":"second"}\n\n');
  request.on('close', () => eventConnectionClosed());
}

test('a call posts its input as JSON with the token and answers with the value', async () => {
  const api = createHttpApi({ token, baseUrl });
  assert.deepEqual(await api.listReviews({}), { reviews: [] });
  const call = seen.find((entry) => entry.method === 'listReviews');
  assert.equal(call?.headers['x-offprint-token'], token);
  assert.equal(call?.headers['content-type'], 'application/json');
  assert.equal(call?.body, '{}');
});

test('a refused call throws the host message as it is', async () => {
  const api = createHttpApi({ token, baseUrl });
  await assert.rejects(api.getReview({ id: 'nope' }), { message: 'There is no review with id "nope".' });
});

test('a wrong token throws the host message about the token', async () => {
  const api = createHttpApi({ token: 'wrong', baseUrl });
  await assert.rejects(api.listReviews({}), /no valid token/);
});

test('an answer that is not an API result says which call got it and how', async () => {
  const api = createHttpApi({ token, baseUrl });
  await assert.rejects(api.getSettings({}), { message: /getSettings with HTTP 502/ });
});

test('a host that does not answer says so plainly', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  const api = createHttpApi({ token, baseUrl: `http://127.0.0.1:${port}` });
  await assert.rejects(api.listReviews({}), /Offprint did not answer/);
});

test('events arrive across chunk boundaries, unknown ones are skipped, and a dropped stream reconnects', async () => {
  const api = createHttpApi({ token, baseUrl, firstRetryMs: 10 });
  const received: string[] = [];
  const closed = new Promise<void>((resolve) => {
    eventConnectionClosed = resolve;
  });
  let unsubscribe: () => void = () => {};
  await new Promise<void>((resolve) => {
    unsubscribe = api.subscribe((event) => {
      if (event.type === 'notes-changed') received.push(event.payload.reviewId);
      if (received.length === 2) resolve();
    });
  });
  assert.deepEqual(received, ['first', 'second']);
  unsubscribe();
  await closed;
  assert.equal(eventConnections, 2);
});
