import os from 'node:os';
import path from 'node:path';

/** The folder Electron calls `userData` for an app named Offprint, computed without Electron. */
export function userDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const home = os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Offprint');
  if (platform === 'win32') {
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Offprint');
  }
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'Offprint');
}

/** Which archive folder to open: `--archive DIR`, then `OFFPRINT_ARCHIVE`, then `<userData>/archive`. */
export function resolveArchiveDir(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  userData: string = userDataDir(process.platform, env),
): string {
  const chosen = flag || env.OFFPRINT_ARCHIVE;
  return path.resolve(chosen || path.join(userData, 'archive'));
}
