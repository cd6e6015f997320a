import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/** Where Chromium, Chrome or Edge usually live, per system; CHROMIUM_PATH names another. */
const knownBrowsers: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
};

/**
 * The browser the command line prints PDFs with: CHROMIUM_PATH when set (and runnable), else the first Chromium,
 * Chrome or Edge found where the system installs it; or one line saying what to do.
 */
export function findPrintBrowser(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  isRunnable: (file: string) => boolean = runnable,
): { path: string } | { reason: string } {
  if (env.CHROMIUM_PATH) {
    return isRunnable(env.CHROMIUM_PATH)
      ? { path: path.resolve(env.CHROMIUM_PATH) }
      : {
          reason: `CHROMIUM_PATH (${env.CHROMIUM_PATH}) is not a program that can be run; point it at Chromium or Chrome.`,
        };
  }
  const found = (knownBrowsers[platform] ?? []).find(isRunnable);
  if (found) return { path: found };
  return {
    reason:
      'PDF export from the command line needs Chromium, Chrome or Edge, and none was found; install one or set CHROMIUM_PATH (or use Export as PDF in the app).',
  };
}

function runnable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
