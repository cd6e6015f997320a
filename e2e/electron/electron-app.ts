import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type ElectronApplication, _electron as electron, type Page, test } from '@playwright/test';
import { findElectronBinary } from '../../electron/cli/electron-binary.ts';
import { appEntryUrl } from '../../electron/host/request-policy.ts';

/** The project folder, whose package.json names the built main process Electron starts. */
export const projectRoot = path.resolve(import.meta.dirname, '..', '..');

/** A running Offprint: the Electron application (its main process) and the reader's window. */
export interface RunningOffprint {
  app: ElectronApplication;
  window: Page;
}

/**
 * The Electron binary to run a journey with; where there is none, or Linux has no display to show a window on,
 * prints why and skips the calling test, returning null so the test ends there.
 */
export function electronBinaryOrSkip(): string | null {
  const binary = findElectronBinary(process.env, projectRoot);
  if ('reason' in binary) return skipJourney(binary.reason);
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return skipJourney('no display: run under xvfb-run');
  }
  return binary.path;
}

function skipJourney(reason: string): null {
  console.log(`Skipping the Electron journey: ${reason}`);
  test.skip(true, reason);
  return null;
}

/** Starts the built app in Electron on `archiveDir`, with its own profile folder, and waits for its window. */
export async function launchOffprint(
  executablePath: string,
  archiveDir: string,
  userDataDir: string,
): Promise<RunningOffprint> {
  const app = await electron.launch({
    executablePath,
    args: [projectRoot, '--archive', archiveDir, `--user-data-dir=${userDataDir}`],
  });
  const window = await app.firstWindow();
  // The first window exists before it has loaded the app; nothing about it can be asserted until it has.
  await window.waitForURL(appEntryUrl);
  return { app, window };
}

/** Counts, in the main process, every frame navigation the window starts and whether the app refused it. */
export async function recordNavigations(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ BrowserWindow }) => {
    const seen: { url: string; refused: boolean }[] = [];
    Reflect.set(globalThis, 'offprintTestNavigations', seen);
    // Registered after the app's own listener, so the app has already decided when this one runs.
    BrowserWindow.getAllWindows()[0]?.webContents.on('will-frame-navigate', (event) => {
      seen.push({ url: event.url, refused: event.defaultPrevented });
    });
  });
}

/** The navigations recordNavigations has seen so far, in order. */
export function recordedNavigations(app: ElectronApplication): Promise<{ url: string; refused: boolean }[]> {
  return app.evaluate(() => Reflect.get(globalThis, 'offprintTestNavigations'));
}

/** Replaces shell.openExternal in the main process with a recorder, so no test ever starts the system's browser. */
export async function recordOpenedLinks(app: ElectronApplication): Promise<void> {
  const replaced = await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    Reflect.set(globalThis, 'offprintTestOpened', opened);
    const record = async (url: string): Promise<void> => {
      opened.push(url);
    };
    shell.openExternal = record;
    return shell.openExternal === record;
  });
  if (!replaced) throw new Error('Could not replace shell.openExternal; not clicking links that would open a browser.');
}

/** The addresses handed to the system since recordOpenedLinks, in order. */
export function openedLinks(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(() => Reflect.get(globalThis, 'offprintTestOpened'));
}

/** How many windows the app has open. */
export function windowCount(app: ElectronApplication): Promise<number> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
}

/** Puts a link on top of the page and clicks it as a person would, then takes it away again. */
export async function clickLink(page: Page, href: string, target = ''): Promise<void> {
  await page.evaluate(
    ({ href, target }) => {
      const link = document.createElement('a');
      link.id = 'offprint-test-link';
      link.href = href;
      link.target = target;
      link.textContent = 'Follow this link';
      Object.assign(link.style, { position: 'fixed', top: '0', left: '0', zIndex: '2147483647', background: '#fff' });
      document.body.append(link);
    },
    { href, target },
  );
  await page.locator('#offprint-test-link').click();
  await page.evaluate(() => document.getElementById('offprint-test-link')?.remove());
}

/** A new empty folder under the system's temp folder. */
export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}
