import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { messageOf } from '../common/messages.ts';
import { electronPackageDir, findElectronBinary } from './electron-binary.ts';
import { installElectron, installTimeoutMs, skippedInstall } from './electron-install.ts';
import { electronStartupMs, runElectron } from './electron-start.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * An Electron binary, fetched with the electron package's own installer when there is none yet. The installer is
 * `<node_modules/electron>/install.js`, or OFFPRINT_ELECTRON_INSTALLER (a stand-in script, for tests); its time limit
 * is OFFPRINT_ELECTRON_INSTALL_TIMEOUT_MS milliseconds, five minutes by default.
 */
async function getElectron(env: NodeJS.ProcessEnv): Promise<{ path: string } | { reason: string }> {
  const found = findElectronBinary(env, projectRoot);
  if ('path' in found) return found;
  const skipped = skippedInstall(env, found.reason);
  if (skipped) return { reason: skipped };
  const packageDir = electronPackageDir(projectRoot);
  const installer = env.OFFPRINT_ELECTRON_INSTALLER || (packageDir && path.join(packageDir, 'install.js'));
  if (!installer) return { reason: `${found.reason} Run "npm ci" to install it, or set ELECTRON_PATH.` };

  process.stdout.write("No Electron binary yet: running Electron's installer...\n");
  const installed = await installElectron({
    installer,
    env,
    timeoutMs: installTimeoutMs(env),
    progress: process.stdout,
    // On a terminal the installer's own progress bar shows; elsewhere it would only draw nothing.
    ...(process.stderr.isTTY ? { progressBar: 'inherit' as const } : {}),
  });
  if ('reason' in installed) return installed;
  const after = findElectronBinary(env, projectRoot);
  if ('path' in after) return after;
  return {
    reason: `Could not get Electron: its installer finished but left no binary (${after.reason}); run "npm run get-electron" to try again, or set ELECTRON_PATH to an Electron binary.`,
  };
}

/** `npm run get-electron`: the installer step alone; 0 when a binary is there afterwards. */
async function getElectronOnly(): Promise<number> {
  const electron = await getElectron(process.env);
  if ('reason' in electron) {
    process.stderr.write(`${electron.reason}\n`);
    return 1;
  }
  process.stdout.write(`Electron is ready at ${electron.path}.\n`);
  return 0;
}

/** `npm start`: the Electron app, getting Electron first if needed; else the reader in a browser window. */
async function launch(args: readonly string[]): Promise<number> {
  const electron = await getElectron(process.env);
  const run =
    'path' in electron
      ? await runElectron(electron.path, [projectRoot, ...args], {
          env: process.env,
          startupMs: electronStartupMs(process.env),
          stderr: process.stderr,
        })
      : electron;
  if ('exitCode' in run) return run.exitCode;
  process.stderr.write(`${run.reason}\n`);
  // Loaded only when needed, so a machine with Electron never evaluates the browser host.
  const { runBrowserFallback } = await import('./browser-fallback.ts');
  // A Chromium switch meant for Electron is no option of the browser host.
  return runBrowserFallback(
    args.filter((arg) => arg !== '--no-sandbox'),
    process.env,
  );
}

try {
  const args = process.argv.slice(2);
  process.exitCode = args[0] === '--get-electron' ? await getElectronOnly() : await launch(args);
} catch (error) {
  process.stderr.write(`Offprint could not start (${messageOf(error)}).\n`);
  process.exitCode = 1;
}
