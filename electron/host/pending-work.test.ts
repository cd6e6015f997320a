import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PendingWork } from './pending-work.ts';

function deferred(): { promise: Promise<string>; resolve: (value: string) => void; reject: (error: Error) => void } {
  let resolve: (value: string) => void = () => {};
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<string>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

test('nothing tracked means already settled', async () => {
  const work = new PendingWork();
  assert.equal(work.size, 0);
  await work.settled();
});

test('a tracked task is handed back with its own value', async () => {
  const work = new PendingWork();
  assert.equal(await work.track(Promise.resolve('saved')), 'saved');
});

test('waiting lasts until every tracked write has finished, including ones added meanwhile', async () => {
  const work = new PendingWork();
  const first = deferred();
  const second = deferred();
  const order: string[] = [];
  void work.track(first.promise).then((value) => order.push(value));
  const waiting = work.settled().then(() => order.push('settled'));
  void work.track(second.promise).then((value) => order.push(value));
  first.resolve('first');
  await first.promise;
  second.resolve('second');
  await waiting;
  assert.deepEqual(order, ['first', 'second', 'settled']);
  assert.equal(work.size, 0);
});

test('a failed write still counts as finished and its error reaches the caller, not the waiter', async () => {
  const work = new PendingWork();
  const failing = deferred();
  const tracked = work.track(failing.promise);
  failing.reject(new Error('disk full'));
  await assert.rejects(tracked, /disk full/);
  await work.settled();
  assert.equal(work.size, 0);
});
