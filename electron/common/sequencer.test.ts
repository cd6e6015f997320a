import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KeyedSequencer, Sequencer } from './sequencer.ts';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('a sequencer runs its tasks one at a time, in order, past a task that fails', async () => {
  const sequencer = new Sequencer();
  const order: string[] = [];
  const first = sequencer.queue(async () => {
    await later(20);
    order.push('first');
    throw new Error('first failed');
  });
  const second = sequencer.queue(async () => {
    order.push('second');
    return 2;
  });
  await assert.rejects(first, /first failed/);
  assert.equal(await second, 2);
  await sequencer.idle();
  assert.deepEqual(order, ['first', 'second']);
});

test('a keyed sequencer keeps each key in turn, lets other keys run at once, and forgets empty keys', async () => {
  const sequencer = new KeyedSequencer();
  const order: string[] = [];
  const slowA = sequencer.queue('a', async () => {
    await later(30);
    order.push('a1');
  });
  const nextA = sequencer.queue('a', async () => {
    order.push('a2');
  });
  const quickB = sequencer.queue('b', async () => {
    order.push('b1');
  });
  assert.equal(sequencer.size, 2);
  await Promise.all([slowA, nextA, quickB]);
  await sequencer.idle();
  assert.deepEqual(order, ['b1', 'a1', 'a2']);
  await later(0);
  assert.equal(sequencer.size, 0);
});
