import assert from 'node:assert/strict';
import { access, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import './test-support/electron-alias.ts';

const standIn = await import('./test-support/electron-stand-in.ts');
const archiveDir = await mkdtemp(path.join(os.tmpdir(), 'offprint-main-archive-'));
const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'offprint-main-profile-'));
process.argv = [process.execPath, 'main.js', '--archive', archiveDir, `--user-data-dir=${userDataDir}`];
await import('./main.ts');
const startCalls = standIn.recordedNames();

/** Waits, turn by turn of the event loop, until `ready` holds (the app's start-up is asynchronous). */
async function until(ready: () => boolean, what: string): Promise<void> {
  for (let turn = 0; turn < 2000 && !ready(); turn++) await new Promise((resolve) => setTimeout(resolve, 5));
  assert.ok(ready(), `gave up waiting until ${what}`);
}

function windows(): InstanceType<typeof standIn.BrowserWindow>[] {
  return standIn.BrowserWindow.getAllWindows();
}

test('before ready: the scheme is privileged, the sandbox is on, and the single-instance lock is taken', () => {
  assert.deepEqual(startCalls, [
    'protocol.registerSchemesAsPrivileged',
    'app.enableSandbox',
    'app.setPath',
    'app.requestSingleInstanceLock',
  ]);
  const [schemes, when] = standIn.recorded[0]?.args ?? [];
  assert.deepEqual(schemes, [
    { scheme: 'offprint', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  assert.deepEqual(when, { appReady: false });
  assert.deepEqual(standIn.recorded[2]?.args, ['userData', userDataDir]);
});

test('once ready: the archive opens, the session is locked down, and a sandboxed window loads the app', async () => {
  standIn.app.becomeReady();
  await until(() => standIn.recordedNames().includes('window.loadURL'), 'the window loads');
  const names = standIn.recordedNames();
  assert.ok(names.indexOf('protocol.handle') > names.indexOf('(app ready)'));
  assert.ok(names.includes('Menu.setApplicationMenu'));
  assert.equal(windows().length, 1);
  const window = windows()[0];
  assert.ok(window);
  const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
  assert.deepEqual(window.options.webPreferences, {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    preload: path.join(projectRoot, 'dist', 'preload', 'preload.cjs'),
  });
  assert.equal(window.options.show, false);
  const load = standIn.recorded.find((call) => call.name === 'window.loadURL');
  assert.deepEqual(load?.args, ['offprint://app/index.html']);
  assert.ok(standIn.ipcMain.handlers.has('offprint:getSettings'));
});

test('the session allows only the clipboard write, and only to the app', () => {
  const { permissionCheck, permissionRequest, devicePermission } = standIn.session.defaultSession.handlers;
  assert.ok(permissionCheck && permissionRequest && devicePermission);
  const check = permissionCheck as (...args: unknown[]) => boolean;
  const app = { isMainFrame: true, requestingUrl: 'offprint://app/index.html' };
  assert.equal(check(null, 'clipboard-sanitized-write', 'offprint://app', app), true);
  assert.equal(check(null, 'clipboard-read', 'offprint://app', app), false);
  assert.equal(check(null, 'notifications', 'offprint://app', app), false);
  assert.equal(check(null, 'clipboard-sanitized-write', 'offprint://other', { isMainFrame: true }), false);
  const embedded = { isMainFrame: false, embeddingOrigin: 'http://127.0.0.1:9' };
  assert.equal(check(null, 'clipboard-sanitized-write', 'offprint://app', embedded), false);

  const request = permissionRequest as (...args: unknown[]) => void;
  const answers: boolean[] = [];
  const contents = { getURL: () => 'offprint://app/index.html' };
  request(contents, 'clipboard-sanitized-write', (granted: boolean) => answers.push(granted), app);
  request(contents, 'media', (granted: boolean) => answers.push(granted), app);
  const elsewhere = { getURL: () => 'offprint://app/index.html' };
  request(elsewhere, 'clipboard-sanitized-write', (granted: boolean) => answers.push(granted), {
    isMainFrame: false,
    requestingUrl: 'http://127.0.0.1:9/',
  });
  assert.deepEqual(answers, [true, false, false]);
  assert.equal((devicePermission as () => boolean)(), false);
});

test('the window may not navigate away, and only a clicked web link goes to the system browser', () => {
  const window = windows()[0];
  assert.ok(window);
  const contents = window.webContents;
  const navigate = (url: string) => {
    const event = standIn.electronEvent({ url });
    contents.emit('will-navigate', event);
    return event.defaultPrevented;
  };
  assert.equal(navigate('offprint://app/index.html'), false);
  assert.equal(navigate('http://127.0.0.1:9/away'), true);
  assert.equal(navigate('offprint://other/index.html'), true);

  const open = contents.windowOpenHandler;
  assert.ok(open);
  const start = standIn.recorded.length;
  assert.deepEqual(open({ url: 'http://127.0.0.1:9/unclicked' }), { action: 'deny' });
  contents.emit('input-event', standIn.electronEvent(), { type: 'mouseDown' });
  assert.deepEqual(open({ url: 'file:///etc/passwd' }), { action: 'deny' });
  assert.deepEqual(open({ url: 'http://127.0.0.1:9/cited' }), { action: 'deny' });
  assert.deepEqual(standIn.recorded.slice(start), [{ name: 'shell.openExternal', args: ['http://127.0.0.1:9/cited'] }]);
});

test('a right-click shows the context menu, and Copy Citation sends the point to the page', () => {
  const window = windows()[0];
  assert.ok(window);
  window.webContents.zoomFactor = 2;
  const start = standIn.recorded.length;
  const params = {
    x: 200,
    y: 120,
    isEditable: false,
    selectionText: '',
    linkURL: '',
    dictionarySuggestions: [],
    editFlags: { canCut: false, canCopy: false, canPaste: false, canSelectAll: true },
  };
  window.webContents.emit('context-menu', standIn.electronEvent(), params);
  const built = standIn.recorded.slice(start).find((call) => call.name === 'Menu.buildFromTemplate');
  const items = (built?.args[0] ?? []) as Electron.MenuItemConstructorOptions[];
  assert.deepEqual(
    items.map((item) => item.label ?? item.role ?? item.type),
    ['Copy Citation', 'separator', 'selectAll', 'separator', 'I&nspect Element'],
  );
  assert.ok(standIn.recordedNames().slice(start).includes('menu.popup'));
  const sent = standIn.recorded.length;
  items[0]?.click?.({} as never, undefined, {} as never);
  assert.deepEqual(standIn.recorded.slice(sent).at(-1), {
    name: 'webContents.send',
    args: ['offprint:event', { type: 'menu-command', payload: { command: 'copy-citation', point: { x: 100, y: 60 } } }],
  });
});

test('a second start with no window open opens one', async () => {
  const first = windows()[0];
  assert.ok(first);
  // With the last window closed on Linux, Offprint quits; the quit is held to check the second start alone.
  const holdQuit = (event: { preventDefault: () => void }) => event.preventDefault();
  standIn.app.prependListener('before-quit', holdQuit);
  first.destroy();
  await until(() => standIn.recordedNames().includes('app.quit'), 'closing the last window quits');
  assert.equal(windows().length, 0);
  standIn.app.emit('second-instance', standIn.electronEvent(), [process.execPath, 'main.js'], process.cwd());
  await until(() => windows().length === 1, 'a window opens');
  standIn.app.removeListener('before-quit', holdQuit);
});

test('quitting closes the window, waits for the archive to close, and then quits for good', async () => {
  await access(path.join(archiveDir, '.lock'));
  const quitted = new Promise<void>((resolve) => standIn.app.once('quit', () => resolve()));
  const start = standIn.recorded.length;
  standIn.app.quit();
  await quitted;
  assert.equal(windows().length, 0);
  assert.deepEqual(
    standIn
      .recordedNames()
      .slice(start)
      .filter((name) => name.startsWith('app.')),
    ['app.quit', 'app.quit'],
  );
  await assert.rejects(access(path.join(archiveDir, '.lock')), 'the archive lock is released');
});
