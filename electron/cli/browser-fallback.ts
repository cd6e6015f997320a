import { type AppWindow, openAppWindow } from './app-window.ts';
import { findAppBrowser, missingDisplay } from './browser-finder.ts';
import { type CliIo, processIo } from './cli-io.ts';
import { runCli } from './run-cli.ts';

/**
 * `npm start` without Electron: the browser host in this process, shown in an app window of an installed Chromium,
 * Chrome or Edge, and stopped when that window closes. With no such browser or no display it prints the address, as
 * `offprint serve` does, and says in one line why no window opened.
 */
export async function runBrowserFallback(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const browser = findAppBrowser(env);
  const noWindow = missingDisplay(env) ?? ('reason' in browser ? browser.reason : undefined);
  if (noWindow !== undefined || 'reason' in browser) {
    process.stderr.write(`${noWindow}\n`);
    return runCli(['serve', ...args]);
  }

  const stop = new AbortController();
  let window: AppWindow | undefined;
  let stopping = false;
  const noteStop = () => {
    stopping = true;
  };
  const openOnAddress = (text: string) => {
    const url = /^Open (\S+)$/m.exec(text)?.[1];
    if (!url || window) return;
    // The host listens for Ctrl+C by now, so these only note that the browser's exit that follows is no failure.
    process.once('SIGINT', noteStop);
    process.once('SIGTERM', noteStop);
    process.stdout.write(`Opening the reader in a window of ${browser.path}; closing it stops the host.\n`);
    window = openAppWindow(browser.path, url, env);
    void window.ended.then((ended) => {
      if ('closed' in ended) stop.abort();
      else if (!stopping) process.stderr.write(`${ended.reason}\n`);
    });
  };
  const io: CliIo = {
    ...processIo,
    stdout: {
      write(text: string) {
        process.stdout.write(text);
        openOnAddress(text);
        return true;
      },
    },
  };
  try {
    return await runCli(['serve', ...args], io, { stop: stop.signal });
  } finally {
    stopping = true;
    window?.close();
    process.off('SIGINT', noteStop);
    process.off('SIGTERM', noteStop);
  }
}
