import { spawn } from 'node:child_process';
import path from 'node:path';
import { userDataDir } from '../archive/archive-location.ts';

/** A browser's app window showing the reader, until it is closed. */
export interface AppWindow {
  /** Settles when the browser process ends: `closed` after a clean exit, else one line saying what went wrong. */
  ended: Promise<{ closed: true } | { reason: string }>;
  /** Ends the browser process, when the host stops first. */
  close(): void;
}

/** The browser profile the window uses: a folder of Offprint's own, never the person's browser profile. */
export function appWindowProfile(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  return path.join(userDataDir(platform, env), 'app-window-profile');
}

/**
 * The command line for a Chromium-family app window on `url`: its own profile, no first-run pages, no background
 * traffic. Chromium will not start as root on Linux with its sandbox on, so only there is it turned off.
 */
export function appWindowArgs(url: string, profile: string, platform: NodeJS.Platform, isRoot: boolean): string[] {
  return [
    `--app=${url}`,
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-sync',
    '--disable-component-update',
    ...(platform === 'linux' && isRoot ? ['--no-sandbox'] : []),
  ];
}

/** Opens `url` in an app window of `browser`, with the profile under Offprint's user-data folder. */
export function openAppWindow(browser: string, url: string, env: NodeJS.ProcessEnv): AppWindow {
  const isRoot = process.getuid?.() === 0;
  const args = appWindowArgs(url, appWindowProfile(env), process.platform, isRoot);
  const child = spawn(browser, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
  // Chromium is chatty on stderr; only its last words are kept, to name a failure.
  let errorOutput = '';
  child.stderr.on('data', (chunk: Buffer) => {
    errorOutput = (errorOutput + chunk.toString()).slice(-4096);
  });
  const ended = new Promise<{ closed: true } | { reason: string }>((resolve) => {
    child.once('error', (error) => resolve({ reason: failure(browser, error.message) }));
    child.once('close', (code, signal) => {
      if (code === 0) return resolve({ closed: true });
      const lastLine = errorOutput.trim().split(/\r?\n/).at(-1)?.trim().slice(0, 200);
      const status = code === null ? `signal ${signal}` : `exit code ${code}`;
      resolve({ reason: failure(browser, lastLine ? `${status}: ${lastLine}` : status) });
    });
  });
  return {
    ended,
    close: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    },
  };
}

function failure(browser: string, cause: string): string {
  return `The reader window (${browser}) closed with an error (${cause}); the reader is still served at the address above until Ctrl+C.`;
}
