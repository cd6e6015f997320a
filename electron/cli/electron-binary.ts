import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isExecutableFile } from './executable-file.ts';

/** Where the Electron binary is, or one plain line saying why there is none. */
export type ElectronBinary = { path: string } | { reason: string };

const defaultProjectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Finds the Electron binary without loading the `electron` package (its index.js would try to download one):
 * `ELECTRON_PATH` when it names an executable file, else the binary the electron package installed under
 * `<projectRoot>/node_modules/electron/dist`.
 */
export function findElectronBinary(
  env: NodeJS.ProcessEnv = process.env,
  projectRoot: string = defaultProjectRoot,
): ElectronBinary {
  const fromEnv = env.ELECTRON_PATH;
  if (fromEnv && isExecutableFile(fromEnv)) return { path: path.resolve(fromEnv) };
  const envNote = fromEnv ? `ELECTRON_PATH ("${fromEnv}") is not an executable file` : 'ELECTRON_PATH is not set';

  const packageDir = electronPackageDir(projectRoot);
  if (!packageDir) {
    return { reason: `No Electron binary on this machine (${envNote} and the electron package is not installed).` };
  }
  const missing = `No Electron binary on this machine (${envNote} and node_modules/electron/dist is missing).`;
  let relative: string;
  try {
    relative = readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    return { reason: missing };
  }
  const binary = path.join(packageDir, 'dist', relative);
  return relative && isExecutableFile(binary) ? { path: binary } : { reason: missing };
}

/** The installed electron package's folder, found by resolving its package.json (never its index.js). */
export function electronPackageDir(projectRoot: string): string | undefined {
  try {
    const require = createRequire(path.join(projectRoot, 'package.json'));
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return undefined;
  }
}
