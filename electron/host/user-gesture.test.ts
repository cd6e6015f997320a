import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createGestureClock, gestureWindowMs } from './user-gesture.ts';

test('with no click or key yet, nothing counts as the reader choosing', () => {
  assert.equal(createGestureClock(() => 5_000).isRecent(), false);
});

test('a click, a key or a tap counts for one second; moving the mouse or scrolling does not', () => {
  let time = 10_000;
  const clock = createGestureClock(() => time);
  for (const type of ['mouseMove', 'mouseWheel', 'mouseEnter', 'gestureScrollUpdate', 'keyUp', 'char']) {
    clock.record(type);
  }
  assert.equal(clock.isRecent(), false);
  for (const type of ['mouseDown', 'mouseUp', 'keyDown', 'rawKeyDown', 'gestureTap', 'touchEnd']) {
    time += 60_000;
    clock.record(type);
    time += gestureWindowMs;
    assert.equal(clock.isRecent(), true, type);
    time += 1;
    assert.equal(clock.isRecent(), false, type);
  }
});
