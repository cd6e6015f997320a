import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** How running Electron's installer ended: it finished, or one plain line saying why not and what to do. */
export type InstallOutcome = { installed: true } | { reason: string };

/** What `installElectron` runs, and where it reports. */
export interface InstallOptions {
  /** The installer script, run with this Node: the electron package's install.js. */
  installer: string;
  /** The installer's environment, passed on untouched (ELECTRON_MIRROR, electron_config_cache and the rest). */
  env: NodeJS.ProcessEnv;
  /** After this long the installer and every process it started are killed. */
  timeoutMs: number;
  /** Where the installer's own output lines go as it runs. */
  progress: { write(text: string | Uint8Array): unknown };
  /** Where its progress bar is drawn ('inherit': this terminal); by default it is kept with its errors. */
  progressBar?: 'inherit';
}

/**
 * Loaded into the installer before it runs: its console.error and any uncaught error are written to fd 3, so a stack
 * trace never reaches the terminal while its progress bar does.
 */
const errorsToPipe = `data:text/javascript,${encodeURIComponent(
  [
    "import { writeSync } from 'node:fs';",
    "import { format } from 'node:util';",
    "const report = (text) => { try { writeSync(3, text + '\\n'); } catch {} };",
    'console.error = (...args) => report(format(...args));',
    "process.on('uncaughtException', (error) => { report(error?.stack ?? String(error)); process.exit(1); });",
  ].join('\n'),
)}`;

const defaultTimeoutMs = 5 * 60_000;
const whatToDo = 'run "npm run get-electron" to try again, or set ELECTRON_PATH to an Electron binary.';

/**
 * How long the installer may run: OFFPRINT_ELECTRON_INSTALL_TIMEOUT_MS (milliseconds, for tests and slow links) when
 * it is a positive whole number, else five minutes.
 */
export function installTimeoutMs(env: NodeJS.ProcessEnv): number {
  const chosen = Number(env.OFFPRINT_ELECTRON_INSTALL_TIMEOUT_MS);
  return Number.isInteger(chosen) && chosen > 0 ? chosen : defaultTimeoutMs;
}

/** Why the installer is not run at all, when Electron's own ELECTRON_SKIP_BINARY_DOWNLOAD says not to. */
export function skippedInstall(env: NodeJS.ProcessEnv, noBinary: string): string | undefined {
  if (!env.ELECTRON_SKIP_BINARY_DOWNLOAD) return undefined;
  return `${noBinary} ELECTRON_SKIP_BINARY_DOWNLOAD is set, so Electron's installer was not run: unset it and run "npm run get-electron", or set ELECTRON_PATH to an Electron binary.`;
}

/**
 * Runs Electron's own installer (`node install.js`). Its standard output is relayed as progress; its error output is
 * kept, and a failure (an error exit, or the time limit) becomes one line naming the cause, never its stack trace.
 */
export async function installElectron(options: InstallOptions): Promise<InstallOutcome> {
  // The installer draws its progress bar on its standard error, and only on a terminal, so that stays ours; its error
  // reports (console.error and an uncaught error) go to a pipe on fd 3 instead, to become our one line.
  const child = spawn(process.execPath, ['--import', errorsToPipe, options.installer], {
    env: options.env,
    stdio: ['ignore', 'pipe', options.progressBar ?? 'pipe', 'pipe'],
    // Its own process group, so the time limit can stop everything the installer started.
    detached: process.platform !== 'win32',
  });
  let errorOutput = '';
  const keep = (chunk: Buffer) => {
    errorOutput = (errorOutput + chunk.toString()).slice(-16_384);
  };
  child.stdout?.on('data', (chunk: Buffer) => options.progress.write(chunk));
  child.stderr?.on('data', keep);
  child.stdio[3]?.on('data', keep);
  // Ctrl+C reaches our process group only, so it is passed on before this process stops as it would have.
  const interrupt = (signal: NodeJS.Signals) => {
    killTree(child);
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);

  const ended = await new Promise<{ code: number | null; timedOut: boolean; error?: Error }>((resolve) => {
    const timer = setTimeout(() => {
      killTree(child);
      const exited = child.exitCode !== null || child.signalCode !== null;
      if (exited) resolve({ code: child.exitCode, timedOut: true });
      else child.once('exit', (code) => resolve({ code, timedOut: true }));
    }, options.timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, timedOut: false, error });
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut: false });
    });
  });
  process.off('SIGINT', interrupt);
  process.off('SIGTERM', interrupt);

  if (ended.code === 0) return { installed: true };
  const needs = installerNeeds(options.installer);
  if (ended.timedOut) {
    return {
      reason: `Could not get Electron: its installer was still running after ${describeDuration(options.timeoutMs)} and was stopped. ${needs}; ${whatToDo}`,
    };
  }
  const cause = ended.error?.message ?? summarise(errorOutput) ?? `exit code ${ended.code ?? 'none'}`;
  return { reason: `Could not get Electron: its installer failed (${cause}). ${needs}; ${whatToDo}` };
}

/** The one line that names an installer's failure: its error line (`TypeError: fetch failed`), never the stack. */
function summarise(errorOutput: string): string | undefined {
  const lines = errorOutput
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at '));
  const errorLine = lines.find((line) => /^[\w.$]*(Error|Exception)\b/.test(line));
  return (errorLine ?? lines.at(-1))?.slice(0, 200);
}

/** What the installer needs, with the Node it asks for (from the electron package's `engines`) when known. */
function installerNeeds(installer: string): string {
  try {
    const manifest = JSON.parse(readFileSync(path.join(path.dirname(installer), 'package.json'), 'utf8'));
    const node = manifest?.engines?.node;
    if (typeof node === 'string') {
      return `It needs a network and Node ${node.replace(/\s+/g, '')} (this is Node ${process.versions.node})`;
    }
  } catch {
    // A stand-in installer has no package.json beside it; the network is still worth naming.
  }
  return 'It needs a network';
}

function describeDuration(ms: number): string {
  if (ms % 60_000 === 0) return `${ms / 60_000} minute${ms === 60_000 ? '' : 's'}`;
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

function killTree(child: ChildProcess): void {
  if (child.pid === undefined) return;
  if (process.platform === 'win32') {
    spawn('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore' });
    return;
  }
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // The group is already gone.
  }
}
