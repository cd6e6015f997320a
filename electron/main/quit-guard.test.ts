import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PendingWork } from '../host/pending-work.ts';
import './test-support/electron-alias.ts';

const { holdQuitForWork, quitAfterLastWindow } = await import('./quit-guard.ts');
const standIn = await import('./test-support/electron-stand-in.ts');

type App = Parameters<typeof holdQuitForWork>[0];
const never = new Promise<void>(() => {});

/** The app with none of the last test's listeners; `quitted` resolves once it emits `quit`. */
function freshApp(): { app: App; quitted: Promise<void> } {
  standIn.app.removeAllListeners();
  const quitted = new Promise<void>((resolve) => standIn.app.once('quit', () => resolve()));
  return { app: standIn.app as unknown as App, quitted };
}

function callsSince(start: number): string[] {
  return standIn.recordedNames().slice(start);
}

test('quitting waits for the work to finish, then closes the archive, then quits', async () => {
  const { app, quitted } = freshApp();
  const work = new PendingWork();
  const order: string[] = [];
  let finishWrite: () => void = () => {};
  void work
    .track(new Promise<void>((resolve) => (finishWrite = resolve)), 'saving a note')
    .then(() => order.push('saved'));
  holdQuitForWork(app, work, async () => void order.push('archive closed'), 60_000);
  app.quit();
  assert.deepEqual(order, []);
  finishWrite();
  await quitted;
  assert.deepEqual(order, ['saved', 'archive closed']);
});

test('work that never ends holds quitting only so long, and the reader is told what it was', async () => {
  const { app, quitted } = freshApp();
  const work = new PendingWork();
  void work.track(never, 'importing 120 files');
  let closed = false;
  const start = standIn.recorded.length;
  const errors: string[] = [];
  const error = console.error;
  console.error = (line: string) => errors.push(line);
  try {
    holdQuitForWork(
      app,
      work,
      async () => {
        closed = true;
      },
      20,
    );
    app.quit();
    await quitted;
  } finally {
    console.error = error;
  }
  const line = 'Offprint quit while still importing 120 files; what was not finished was not saved.';
  assert.deepEqual(errors, [line]);
  const box = standIn.recorded.slice(start).find((call) => call.name === 'dialog.showMessageBox');
  assert.deepEqual(box?.args, [{ type: 'warning', title: 'Offprint', message: line }]);
  // The archive is not closed under writes still running.
  assert.equal(closed, false);
  assert.deepEqual(
    callsSince(start).filter((name) => name === 'app.quit'),
    ['app.quit', 'app.quit'],
  );
});

test('closing the last window with nothing running quits at once, asking nothing', async () => {
  const { app } = freshApp();
  const start = standIn.recorded.length;
  assert.equal(await quitAfterLastWindow(app, new PendingWork()), 'quit');
  assert.deepEqual(callsSince(start), ['app.quit']);
});

test('closing the last window during an import says what runs; Wait quits once it is done', async () => {
  const { app, quitted } = freshApp();
  const work = new PendingWork();
  let finishImport: () => void = () => {};
  void work.track(new Promise<void>((resolve) => (finishImport = resolve)), 'importing 3 files');
  const start = standIn.recorded.length;
  standIn.setUp.messageBoxResponses.push(0);
  assert.equal(await quitAfterLastWindow(app, work), 'wait');
  const [box] = standIn.recorded.slice(start);
  const options = box?.args[0] as Electron.MessageBoxOptions;
  assert.equal(options.message, 'Offprint is still importing 3 files.');
  assert.deepEqual(options.buttons, ['Wait', 'Quit Now']);
  assert.deepEqual(callsSince(start), ['dialog.showMessageBox']);
  finishImport();
  await quitted;
  assert.deepEqual(callsSince(start), ['dialog.showMessageBox', 'app.quit']);
});

test('closing the last window during an import and choosing Quit Now quits', async () => {
  const { app } = freshApp();
  const work = new PendingWork();
  void work.track(never, 'importing 3 files');
  const start = standIn.recorded.length;
  standIn.setUp.messageBoxResponses.push(1);
  assert.equal(await quitAfterLastWindow(app, work), 'quit');
  assert.deepEqual(callsSince(start), ['dialog.showMessageBox', 'app.quit']);
});
