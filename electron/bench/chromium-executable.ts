import { accessSync, constants } from 'node:fs';

/** Where Debian installs Chromium; CHROMIUM_PATH chooses another. */
export const defaultChromiumPath = '/usr/bin/chromium';

/** The Chromium to drive, from CHROMIUM_PATH or the default, or why there is none to run. */
export function findChromium(env: NodeJS.ProcessEnv): { path: string } | { reason: string } {
  const chosen = env.CHROMIUM_PATH || defaultChromiumPath;
  try {
    accessSync(chosen, constants.X_OK);
    return { path: chosen };
  } catch {
    const where = env.CHROMIUM_PATH ? `CHROMIUM_PATH (${chosen})` : chosen;
    return { reason: `no Chromium executable at ${where}; install chromium or set CHROMIUM_PATH to one` };
  }
}
