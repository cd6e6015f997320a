import { BrowserWindow, type Rectangle, screen } from 'electron';
import { type WindowState, WindowStateSchema } from '../model/settings.ts';

const defaultSize = { width: 1200, height: 860 };

/** Creates the reader's window, hidden until its first paint, at the size and place it had last time. */
export function createMainWindow(preloadPath: string, saved: WindowState | null): BrowserWindow {
  const size = saved ? { width: saved.width, height: saved.height } : defaultSize;
  const place =
    saved?.x !== undefined && saved.y !== undefined && isOnScreen({ ...size, x: saved.x, y: saved.y })
      ? { x: saved.x, y: saved.y }
      : {};
  const window = new BrowserWindow({
    ...size,
    ...place,
    minWidth: 480,
    minHeight: 360,
    show: false,
    title: 'Offprint',
    backgroundColor: '#f7f5f0',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // On Linux and Windows the spellchecker would download its dictionaries from the network.
      spellcheck: false,
      preload: preloadPath,
    },
  });
  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    window.show();
  });
  return window;
}

/** The window's size, place and maximized state as settings keep them, or null when they are out of range. */
export function currentWindowState(window: BrowserWindow): WindowState | null {
  const { width, height, x, y } = window.getNormalBounds();
  const parsed = WindowStateSchema.safeParse({ width, height, x, y, maximized: window.isMaximized() });
  return parsed.success ? parsed.data : null;
}

// A window saved on a display that is gone now would open out of sight.
function isOnScreen(bounds: Rectangle): boolean {
  return screen.getAllDisplays().some(({ workArea: area }) => {
    const overlapX = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
    const overlapY = Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y);
    return overlapX >= 64 && overlapY >= 64;
  });
}
