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

test('what is still running is told by its labels, each once, with unlabelled work as saving changes', async () => {
  const work = new PendingWork();
  const importing = deferred();
  const saving = deferred();
  void work.track(importing.promise, 'importing 120 files');
  void work.track(saving.promise);
  void work.track(Promise.resolve('done'), 'backing up the archive');
  void work.track(deferred().promise, 'importing 120 files');
  assert.deepEqual(work.labels(), ['importing 120 files', 'saving changes', 'backing up the archive']);
  saving.resolve('saved');
  assert.deepEqual(await work.settledWithin(10), ['importing 120 files']);
});

test('a bounded wait ends while work still runs and says what it was', async () => {
  const work = new PendingWork();
  void work.track(deferred().promise, 'importing 3 files');
  assert.deepEqual(await work.settledWithin(20), ['importing 3 files']);
  assert.equal(work.size, 1);
});

test('a bounded wait ends as soon as the work is done, with nothing left to tell', async () => {
  const work = new PendingWork();
  const writing = deferred();
  void work.track(writing.promise, 'saving a note');
  const waiting = work.settledWithin(60_000);
  writing.resolve('saved');
  assert.deepEqual(await waiting, []);
});
