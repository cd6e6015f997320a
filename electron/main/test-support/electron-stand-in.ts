/**
 * A recording stand-in for the `electron` module, for tests of electron/main in plain Node (loaded in its place by
 * electron-alias.ts; never bundled). It records each call and replays only what Electron's documented API does: app
 * events and readiness, the single-instance lock, the session's handlers, windows with their web contents, menus
 * and dialogs. Tests read `recorded` and drive the app with `becomeReady` and the objects' `emit`.
 */
import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { electronEvent, type RecordedCall, record, recorded, recordedNames, setUp } from './stand-in-record.ts';

export { electronEvent, type RecordedCall, recorded, recordedNames, setUp };

let nextContentsId = 1;

class StandInWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly mainFrame = { processId: 1, routingId: this.id, url: '' };
  readonly session = session.defaultSession;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  zoomFactor = 1;
  #destroyed = false;

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    record('webContents.send', channel, ...args);
  }
  reload(): void {
    record('webContents.reload');
  }
  getZoomFactor(): number {
    return this.zoomFactor;
  }
  getURL(): string {
    return this.mainFrame.url;
  }
  inspectElement(x: number, y: number): void {
    record('webContents.inspectElement', x, y);
  }
  isDestroyed(): boolean {
    return this.#destroyed;
  }
  destroy(): void {
    this.#destroyed = true;
    this.emit('destroyed');
  }
}

/** A stand-in BrowserWindow: keeps its options, records loadURL, and closes as Electron does. */
export class BrowserWindow extends EventEmitter {
  static readonly #open: BrowserWindow[] = [];
  readonly options: Record<string, unknown>;
  readonly webContents = new StandInWebContents();
  minimized = false;
  #destroyed = false;

  constructor(options: Record<string, unknown> = {}) {
    super();
    this.options = options;
    BrowserWindow.#open.push(this);
    record('new BrowserWindow', options);
    app.emit('web-contents-created', electronEvent(), this.webContents);
    app.emit('browser-window-created', electronEvent(), this);
  }
  static getAllWindows(): BrowserWindow[] {
    return [...BrowserWindow.#open];
  }
  static fromWebContents(contents: unknown): BrowserWindow | null {
    return BrowserWindow.#open.find((window) => window.webContents === contents) ?? null;
  }
  async loadURL(url: string): Promise<void> {
    record('window.loadURL', url);
    this.webContents.mainFrame.url = url;
  }
  /** Closes the window: `close` (which may be prevented), then `closed`, then `window-all-closed` for the last one. */
  close(): void {
    const event = electronEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroy();
  }
  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    BrowserWindow.#open.splice(BrowserWindow.#open.indexOf(this), 1);
    this.webContents.destroy();
    this.emit('closed');
    // As in Electron, a quit that closes the windows itself is not told that they all closed.
    if (BrowserWindow.#open.length === 0 && !app.quitting) app.emit('window-all-closed');
  }
  isDestroyed(): boolean {
    return this.#destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isMaximized(): boolean {
    return false;
  }
  restore(): void {
    record('window.restore');
    this.minimized = false;
  }
  focus(): void {
    record('window.focus');
  }
  show(): void {
    record('window.show');
  }
  maximize(): void {
    record('window.maximize');
  }
  setProgressBar(share: number): void {
    record('window.setProgressBar', share);
  }
  getTitle(): string {
    return 'Offprint';
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return { x: 0, y: 0, width: Number(this.options.width), height: Number(this.options.height) };
  }
}

class StandInApp extends EventEmitter {
  isPackaged = false;
  quitting = false;
  #ready = false;
  #becomeReady: () => void = () => {};
  readonly #whenReady = new Promise<void>((resolve) => {
    this.#becomeReady = resolve;
  });
  readonly #paths = new Map<string, string>();

  /** For the test: Electron has finished starting; `ready` is emitted and whenReady resolves. */
  becomeReady(): void {
    record('(app ready)');
    this.#ready = true;
    this.emit('ready');
    this.#becomeReady();
  }
  isReady(): boolean {
    return this.#ready;
  }
  whenReady(): Promise<void> {
    return this.#whenReady;
  }
  enableSandbox(): void {
    record('app.enableSandbox');
  }
  requestSingleInstanceLock(): boolean {
    record('app.requestSingleInstanceLock');
    return setUp.singleInstanceLock;
  }
  setPath(name: string, value: string): void {
    record('app.setPath', name, value);
    this.#paths.set(name, value);
  }
  getPath(name: string): string {
    return this.#paths.get(name) ?? path.join(os.tmpdir(), 'offprint-stand-in', name);
  }
  getVersion(): string {
    return '0.0.0-stand-in';
  }
  /** Quits as Electron does: `before-quit`, the windows close, `will-quit` (either may be prevented), then `quit`. */
  quit(): void {
    record('app.quit');
    const before = electronEvent();
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    this.quitting = true;
    for (const window of BrowserWindow.getAllWindows()) window.destroy();
    const willQuit = electronEvent();
    this.emit('will-quit', willQuit);
    this.quitting = false;
    if (willQuit.defaultPrevented) return;
    this.emit('quit', electronEvent(), 0);
  }
  exit(code = 0): void {
    record('app.exit', code);
  }
}

/** The stand-in `app`. */
export const app = new StandInApp();

type Handler = (...args: never[]) => unknown;

class StandInSession extends EventEmitter {
  readonly handlers: Record<string, Handler | undefined> = {};
  readonly webRequest = {
    onBeforeRequest: (handler: Handler) => {
      record('webRequest.onBeforeRequest');
      this.handlers.onBeforeRequest = handler;
    },
  };
  setPermissionRequestHandler(handler: Handler): void {
    this.handlers.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: Handler): void {
    this.handlers.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: Handler): void {
    this.handlers.devicePermission = handler;
  }
}

/** The stand-in `session`, with its default session. */
export const session = { defaultSession: new StandInSession() };

/** The stand-in `protocol`: records the privileged schemes (and whether the app was ready) and keeps each handler. */
export const protocol = {
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    record('protocol.registerSchemesAsPrivileged', schemes, { appReady: app.isReady() });
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
    record('protocol.handle', scheme);
    protocol.handlers.set(scheme, handler);
  },
};

/** A menu built from a template, which keeps the template it was built from. */
export class Menu extends EventEmitter {
  readonly items: Record<string, unknown>[];
  constructor(template: Record<string, unknown>[]) {
    super();
    this.items = template;
  }
  static buildFromTemplate(template: Record<string, unknown>[]): Menu {
    record('Menu.buildFromTemplate', template);
    return new Menu(template);
  }
  static setApplicationMenu(menu: Menu | null): void {
    record('Menu.setApplicationMenu', menu);
  }
  popup(options: unknown): void {
    record('menu.popup', options);
  }
}

/** The stand-in `dialog`: records each box; a message box answers with the next of `setUp.messageBoxResponses`. */
export const dialog = {
  showErrorBox(title: string, content: string): void {
    record('dialog.showErrorBox', title, content);
  },
  async showMessageBox(...args: unknown[]): Promise<{ response: number; checkboxChecked: boolean }> {
    record('dialog.showMessageBox', ...args);
    return { response: setUp.messageBoxResponses.shift() ?? 0, checkboxChecked: false };
  },
  async showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    record('dialog.showSaveDialog', ...args);
    return { canceled: true, filePath: '' };
  },
};

/** The stand-in `shell`: links are recorded, never opened. */
export const shell = {
  async openExternal(url: string): Promise<void> {
    record('shell.openExternal', url);
  },
};

/** The stand-in `clipboard`: writes are recorded. */
export const clipboard = {
  writeText(text: string): void {
    record('clipboard.writeText', text);
  },
};

/** The stand-in `screen`: one 1920×1080 display. */
export const screen = {
  getAllDisplays() {
    const area = { x: 0, y: 0, width: 1920, height: 1080 };
    return [{ id: 1, bounds: area, workArea: area }];
  },
};

/** The stand-in `ipcMain`: keeps each invoke handler by channel. */
export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle(channel: string, handler: Handler): void {
    ipcMain.handlers.set(channel, handler);
  },
};

/** The module as `import electron from 'electron'` sees it. */
export default { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, protocol, screen, session, shell };
