import os from 'node:os';
import path from 'node:path';
import { isExecutableFile } from './executable-file.ts';

/** A Chromium-family browser that can open an app window, or one plain line saying why none can. */
export type AppBrowser = { path: string } | { reason: string };

const pathNames = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
  'microsoft-edge-stable',
];

/**
 * Finds Chromium, Chrome or Edge: OFFPRINT_BROWSER or CHROMIUM_PATH when they name an executable, then the usual names
 * on PATH, then the standard install folders on macOS and Windows.
 */
export function findAppBrowser(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): AppBrowser {
  const chosen = [env.OFFPRINT_BROWSER, env.CHROMIUM_PATH].filter((file): file is string => Boolean(file));
  const candidates = [...chosen, ...onPath(env, platform), ...installPaths(env, platform)];
  const found = candidates.find(isExecutableFile);
  if (found) return { path: path.resolve(found) };
  return {
    reason:
      'No Chromium, Chrome or Edge was found for a reader window (set OFFPRINT_BROWSER to one): open the address below in a browser.',
  };
}

/** Why no window can open here, when this is Linux or a BSD with neither an X nor a Wayland display. */
export function missingDisplay(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  if (platform === 'darwin' || platform === 'win32') return undefined;
  if (env.DISPLAY || env.WAYLAND_DISPLAY) return undefined;
  return 'No display for a reader window (neither DISPLAY nor WAYLAND_DISPLAY is set): open the address below in a browser.';
}

function onPath(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean);
  const names = platform === 'win32' ? pathNames.map((name) => `${name}.exe`) : pathNames;
  return dirs.flatMap((dir) => names.map((name) => path.join(dir, name)));
}

function installPaths(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome', 'Chromium', 'Microsoft Edge'].map((name) => `${name}.app/Contents/MacOS/${name}`);
    const folders = ['/Applications', path.join(os.homedir(), 'Applications')];
    return folders.flatMap((folder) => apps.map((app) => path.join(folder, app)));
  }
  if (platform === 'win32') {
    const apps = [
      'Google/Chrome/Application/chrome.exe',
      'Microsoft/Edge/Application/msedge.exe',
      'Chromium/Application/chrome.exe',
    ];
    const folders = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((folder): folder is string =>
      Boolean(folder),
    );
    return folders.flatMap((folder) => apps.map((app) => path.join(folder, app)));
  }
  return [];
}
