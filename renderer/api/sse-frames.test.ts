import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSseFrames } from './sse-frames.ts';

test('complete frames are read and the unfinished tail is kept for the next chunk', () => {
  const { frames, rest } = parseSseFrames(
    'event: notes-changed\ndata: {"reviewId":"a"}\n\nevent: review-added\ndata: {"re',
  );
  assert.deepEqual(frames, [{ event: 'notes-changed', data: '{"reviewId":"a"}' }]);
  assert.equal(rest, 'event: review-added\ndata: {"re');
});

test('comments such as pings are skipped and several data lines are joined', () => {
  const { frames } = parseSseFrames(': ping\n\nevent: x\ndata: one\ndata: two\n\n');
  assert.deepEqual(frames, [{ event: 'x', data: 'one\ntwo' }]);
});

test('CRLF line endings are accepted and a frame without a name is a message', () => {
  const { frames, rest } = parseSseFrames('data: plain\r\n\r\n');
  assert.deepEqual(frames, [{ event: 'message', data: 'plain' }]);
  assert.equal(rest, '');
});
