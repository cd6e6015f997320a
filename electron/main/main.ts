/**
 * The Electron host: opens the archive, serves the renderer as offprint://app/, and answers the sandboxed window
 * over IPC; imports the files the system asks it to open; started with a CLI command, it runs the CLI instead.
 * Bundled to dist/main/main.js, so the project root is two folders up.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, type BrowserWindow, dialog, Menu, protocol, session } from 'electron';
import { type Library, openLibrary } from '../api/library.ts';
import { startLibraryBackups } from '../api/library-backups.ts';
import { resolveArchiveDir } from '../archive/archive-location.ts';
import { appArguments, cliCommandNames, cliInvocation } from '../cli/cli-invocation.ts';
import { messageOf } from '../common/messages.ts';
import { flagFromArgv } from '../host/command-line-flag.ts';
import { filesToOpen } from '../host/opened-files.ts';
import { PendingWork } from '../host/pending-work.ts';
import { appEntryUrl, appScheme } from '../host/request-policy.ts';
import { OffprintError } from '../model/offprint-error.ts';
import { buildAppMenu } from './app-menu.ts';
import { runCliInApp } from './cli-in-app.ts';
import { attachContextMenu } from './context-menu.ts';
import { forwardEvents, registerIpcHandlers } from './ipc.ts';
import { lockDownContents, lockDownSession } from './lockdown.ts';
import { createMainWindow, currentWindowState } from './main-window.ts';
import { OpenedDocuments } from './opened-documents.ts';
import { holdQuitForWork, quitAfterLastWindow } from './quit-guard.ts';
import { serveRenderer } from './renderer-protocol.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const rendererDir = path.join(projectRoot, 'dist', 'renderer');
const preloadPath = path.join(projectRoot, 'dist', 'preload', 'preload.cjs');

const work = new PendingWork();
let mainWindow: BrowserWindow | null = null;
let openedLibrary: Library | null = null;
let opening: Promise<void> | null = null;
let stopBackups: () => void = () => {};
const documents = new OpenedDocuments(work, () => mainWindow, ensureWindow);

const cliArgs = cliInvocation(appArguments(process.argv, app.isPackaged), cliCommandNames());
if (cliArgs) void runCliInApp(cliArgs);
else startApp();

function startApp(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  app.enableSandbox();
  // Tests and second profiles pass their own folder; it also scopes the single-instance lock.
  const userDataFlag = flagFromArgv('--user-data-dir');
  if (userDataFlag) app.setPath('userData', path.resolve(userDataFlag));
  if (!app.requestSingleInstanceLock()) {
    // The running Offprint gets this start's arguments as `second-instance` and opens its files.
    app.quit();
    return;
  }
  lockDownContents(app);
  // macOS hands files over as events, the first ones before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    void filesToOpen([file], process.cwd()).then((files) => documents.open(files));
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    void filesToOpen(appArguments(argv, app.isPackaged), workingDirectory).then((files) => documents.open(files));
    if (!mainWindow) {
      void ensureWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') void quitAfterLastWindow(app, work);
  });
  app.on('before-quit', () => stopBackups());
  // Pending writes finish and the archive's lock is released before the process ends, within a bounded wait.
  holdQuitForWork(app, work, async () => {
    await openedLibrary?.close();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => stop('Offprint could not start', `Offprint could not start (${messageOf(error)}).`));
}

async function start(): Promise<void> {
  const archiveDir = resolveArchiveDir(flagFromArgv('--archive'), process.env, app.getPath('userData'));
  let library: Library;
  try {
    library = await openLibrary(archiveDir);
  } catch (error) {
    const message =
      error instanceof OffprintError
        ? error.message
        : `Could not open the archive at ${archiveDir} (${messageOf(error)}). Check that the folder is readable and writable, or choose another with --archive DIR.`;
    stop('Offprint cannot open its archive', message);
    return;
  }
  openedLibrary = library;
  lockDownSession(session.defaultSession);
  serveRenderer(protocol, rendererDir, library.archive.dir);
  Menu.setApplicationMenu(buildAppMenu(app.isPackaged, process.platform, { archiveDir: library.archive.dir, work }));
  registerIpcHandlers(library.api, work, () => mainWindow);
  stopBackups = startLibraryBackups(library, (task) => work.track(task, 'backing up the archive'));
  // Files given at launch are imported first, so the window opens on the first of them.
  documents.open(await filesToOpen(appArguments(process.argv, app.isPackaged), process.cwd()));
  await documents.attach(library.api);
  app.on('activate', () => void ensureWindow());
  await ensureWindow();
}

/** Opens the reader's window unless one is open or opening; before the archive is open, start() opens it. */
function ensureWindow(): Promise<void> {
  const library = openedLibrary;
  if (!library || mainWindow) return Promise.resolve();
  opening ??= openWindow(library).finally(() => {
    opening = null;
  });
  return opening;
}

async function openWindow(library: Library): Promise<void> {
  const settings = await library.api.getSettings({});
  const window = createMainWindow(preloadPath, settings.window);
  mainWindow = window;
  forwardEvents(library.events, window);
  attachContextMenu(window, app.isPackaged);
  window.on('close', () => rememberWindow(library, window));
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  try {
    await window.loadURL(appEntryUrl);
  } catch (error) {
    // Closing the window while it loads also rejects; that is no failure.
    if (window.isDestroyed()) return;
    stop(
      'Offprint cannot show its window',
      `Could not load ${appEntryUrl} from ${rendererDir} (${messageOf(error)}). Run "npm run build" and start Offprint again.`,
    );
  }
}

function rememberWindow(library: Library, window: BrowserWindow): void {
  const state = currentWindowState(window);
  if (!state) return;
  work.track(library.api.updateSettings({ window: state })).catch((error: unknown) => {
    console.error(`Offprint could not remember the window size (${messageOf(error)}).`);
  });
}

function stop(title: string, message: string): void {
  console.error(message);
  dialog.showErrorBox(title, message);
  app.exit(1);
}
