import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { type IncomingMessage, request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { OffprintEvent } from '../api/contract.ts';
import { openLibrary } from '../api/library.ts';
import { formatEvent } from './event-stream.ts';
import { startServer } from './server.ts';
import { startServerForTest, startTestServer } from './test-server.ts';

/** Reads an event stream until its text contains `expected`, and returns all text read so far. */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, expected: string): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  while (!text.includes(expected)) {
    const { done, value } = await reader.read();
    if (done) throw new Error(`The event stream ended before "${expected}" arrived; it sent:\n${text}`);
    text += decoder.decode(value, { stream: true });
  }
  return text;
}

test('an event is written as its type and its JSON payload, then a blank line', () => {
  const event: OffprintEvent = { type: 'notes-changed', payload: { reviewId: 'abc' } };
  assert.equal(formatEvent(event), 'event: notes-changed\ndata: {"reviewId":"abc"}\n\n');
});

test('the event stream without the token, or with a wrong one, is refused with 401', async (t) => {
  const server = await startServerForTest(t);
  for (const headers of [{}, { 'X-Offprint-Token': 'not-the-token' }] as Record<string, string>[]) {
    const response = await fetch(`${server.origin}/api/events`, { headers });
    assert.equal(response.status, 401);
    assert.deepEqual(await response.json(), {
      ok: false,
      error: 'This request needs the token from the address Offprint printed. Open that address again.',
    });
  }
});

test('the event stream answers only GET', async (t) => {
  const server = await startServerForTest(t);
  const response = await fetch(`${server.origin}/api/events`, {
    method: 'POST',
    headers: { 'X-Offprint-Token': server.token },
  });
  assert.equal(response.status, 405);
  assert.equal(response.headers.get('allow'), 'GET');
});

test('a client on the event stream hears notes-changed after a note is saved', { timeout: 10_000 }, async (t) => {
  const server = await startServerForTest(t);
  const controller = new AbortController();
  t.after(() => controller.abort());
  const response = await fetch(`${server.origin}/api/events`, {
    headers: { 'X-Offprint-Token': server.token },
    signal: controller.signal,
  });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'text/event-stream; charset=utf-8');
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  const reader = response.body?.getReader();
  assert.ok(reader);

  const reviewId = (await server.library.api.listReviews({})).reviews[0]?.id ?? '';
  await server.call('saveNote', { reviewId, body: 'A thought' });
  const text = await readUntil(reader, '\n\n');
  assert.equal(text, `event: notes-changed\ndata: ${JSON.stringify({ reviewId })}\n\n`);
});

test('closing the server ends open event streams, so the process can exit', { timeout: 10_000 }, async () => {
  const server = await startTestServer();
  const response = await fetch(`${server.origin}/api/events`, { headers: { 'X-Offprint-Token': server.token } });
  const reader = response.body?.getReader();
  assert.ok(reader);
  await server.close();
  assert.equal((await reader.read()).done, true);
});

test('a client that leaves is unsubscribed from the library events', { timeout: 10_000 }, async (t) => {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'offprint-events-'));
  await writeFile(path.join(parent, 'index.html'), '<!doctype html>');
  const library = await openLibrary(path.join(parent, 'archive'));
  let listening = 0;
  let noteUnsubscribed = () => {};
  const unsubscribed = new Promise<void>((resolve) => {
    noteUnsubscribed = resolve;
  });
  const events = {
    subscribe(listener: (event: OffprintEvent) => void) {
      listening += 1;
      const unsubscribe = library.events.subscribe(listener);
      return () => {
        listening -= 1;
        unsubscribe();
        noteUnsubscribed();
      };
    },
  };
  const server = await startServer({ api: library.api, events, rendererDir: parent });
  t.after(() => server.close());
  const client = request({
    host: '127.0.0.1',
    port: server.port,
    path: '/api/events',
    headers: { 'X-Offprint-Token': server.token },
    agent: false,
  });
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    client.once('response', resolve);
    client.once('error', reject);
    client.end();
  });
  assert.equal(response.statusCode, 200);
  assert.equal(listening, 1);
  client.destroy();
  await unsubscribed;
  assert.equal(listening, 0);
});
