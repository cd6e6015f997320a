import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { isJsonContentType, readJsonBody } from './request-body.ts';

function body(...chunks: (string | Buffer)[]): Readable {
  return Readable.from(chunks.map((chunk) => Buffer.from(chunk)));
}

test('a JSON body split over several chunks is read whole', async () => {
  assert.deepEqual(await readJsonBody(body('{"reviewId":', '"abc", "body": "caf', 'é"}')), {
    ok: true,
    value: { reviewId: 'abc', body: 'café' },
  });
});

test('an empty body reads as no input', async () => {
  assert.deepEqual(await readJsonBody(body('')), { ok: true, value: undefined });
});

test('a body that is not JSON is answered with 400 and one line', async () => {
  assert.deepEqual(await readJsonBody(body('{"unfinished": ')), {
    ok: false,
    status: 400,
    error: 'The request body is not valid JSON.',
  });
});

test('a body that is not UTF-8 is not valid JSON', async () => {
  const result = await readJsonBody(body(Buffer.from([0x22, 0xff, 0xfe, 0x22])));
  assert.equal(result.ok ? 0 : result.status, 400);
});

test('a body over the limit is answered with 413 and the rest is read away', async () => {
  const stream = body('{"a":"', 'x'.repeat(64), '"}', 'more');
  const result = await readJsonBody(stream, 16);
  assert.equal(result.ok ? 0 : result.status, 413);
  assert.match(result.ok ? '' : result.error, /larger than 16 MiB/);
  await new Promise((resolve) => (stream.readableEnded ? resolve(undefined) : stream.once('end', resolve)));
  assert.equal(stream.readableEnded, true);
});

test('a body that breaks off is answered with 400', async () => {
  const stream = new Readable({
    read() {
      this.destroy(new Error('socket hang up'));
    },
  });
  assert.deepEqual(await readJsonBody(stream), {
    ok: false,
    status: 400,
    error: 'The request body ended before it was complete.',
  });
});

test('JSON content types are recognised with or without parameters', () => {
  assert.equal(isJsonContentType('application/json'), true);
  assert.equal(isJsonContentType('Application/JSON; charset=utf-8'), true);
  assert.equal(isJsonContentType('text/plain'), false);
  assert.equal(isJsonContentType('application/jsonp'), false);
  assert.equal(isJsonContentType(undefined), false);
});
