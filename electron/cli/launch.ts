import { spawn } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Runs Offprint in Electron with the project as the app, passing `args` on; resolves with Electron's exit code. */
function launchElectron(binary: string, args: readonly string[]): Promise<number> {
  const env = { ...process.env };
  // Inherited from a tool that runs Electron as plain Node, this would stop the window from ever opening.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [projectRoot, ...args], { stdio: 'inherit', env });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? 128 + (signal ? (os.constants.signals[signal] ?? 0) : 0));
    });
  });
}

/** Starts the browser host in this process, for machines without an Electron binary. */
async function startBrowserHost(why: string, args: readonly string[]): Promise<number> {
  process.stderr.write(`${why} Starting the browser host instead.\n`);
  // Loaded only when needed, so a machine with Electron never evaluates the browser host.
  const { runCli } = await import('./run-cli.ts');
  return runCli(['serve', ...args]);
}

/** `npm start`: the Electron app when a binary exists, otherwise the browser host. */
async function launch(args: readonly string[]): Promise<number> {
  const binary = findElectronBinary(process.env, projectRoot);
  if ('reason' in binary) return startBrowserHost(binary.reason, args);
  try {
    return await launchElectron(binary.path, args);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return startBrowserHost(`Could not start Electron at ${binary.path} (${detail}).`, args);
  }
}

try {
  process.exitCode = await launch(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`Offprint could not start (${error instanceof Error ? error.message : String(error)}).\n`);
  process.exitCode = 1;
}
