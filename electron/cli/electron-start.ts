import { spawn } from 'node:child_process';
import os from 'node:os';

/** How an Electron run ended: with its exit code, or one plain line saying why it never got going. */
export type ElectronRun = { exitCode: number } | { reason: string };

/** What `runElectron` needs besides the binary and the app's arguments. */
export interface ElectronStartOptions {
  env: NodeJS.ProcessEnv;
  /** A failing exit sooner than this after the spawn counts as a failed start. */
  startupMs: number;
  /** Where Electron's error output is relayed as it comes. */
  stderr: { write(text: string | Uint8Array): unknown };
}

const defaultStartupMs = 10_000;
const sandboxFailure =
  /No usable sandbox|SUID sandbox helper binary was found, but is not configured correctly|setuid sandbox/i;

/** The start-up period: OFFPRINT_ELECTRON_STARTUP_MS (milliseconds, for tests) when a whole number, else 10 s. */
export function electronStartupMs(env: NodeJS.ProcessEnv): number {
  const chosen = Number(env.OFFPRINT_ELECTRON_STARTUP_MS);
  return env.OFFPRINT_ELECTRON_STARTUP_MS && Number.isInteger(chosen) && chosen >= 0 ? chosen : defaultStartupMs;
}

/**
 * Runs Electron with `args` (the app folder first), relaying its error output. An exit that fails within the start-up
 * period, or that follows the Chromium sandbox's complaint, is answered with a reason instead of an exit code, so the
 * caller can fall back.
 */
export function runElectron(
  binary: string,
  args: readonly string[],
  options: ElectronStartOptions,
): Promise<ElectronRun> {
  const env = { ...options.env };
  // Inherited from a tool that runs Electron as plain Node, this would stop the window from ever opening.
  delete env.ELECTRON_RUN_AS_NODE;
  const startedAt = Date.now();
  const child = spawn(binary, args, { stdio: ['inherit', 'inherit', 'pipe'], env });
  let errorOutput = '';
  child.stderr.on('data', (chunk: Buffer) => {
    options.stderr.write(chunk);
    errorOutput = (errorOutput + chunk.toString()).slice(-16_384);
  });
  let forwarded = false;
  const forward = (signal: NodeJS.Signals) => {
    forwarded = true;
    child.kill(signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    child.once('error', (error) => {
      resolve({
        reason: `Could not start Electron at ${binary} (${error.message}); set ELECTRON_PATH to a working Electron binary.`,
      });
    });
    child.once('close', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      const exitCode = code ?? 128 + (signal ? (os.constants.signals[signal] ?? 0) : 0);
      if (exitCode === 0 || forwarded) return resolve({ exitCode });
      if (sandboxFailure.test(errorOutput)) return resolve({ reason: sandboxReason });
      if (Date.now() - startedAt < options.startupMs) {
        const cause = lastLine(errorOutput);
        resolve({
          reason: `Electron stopped at start-up (exit code ${exitCode}${cause ? `: ${cause}` : ''}); its output above says why. Fix that, or set ELECTRON_PATH to another Electron binary.`,
        });
        return;
      }
      resolve({ exitCode });
    });
  });
}

const sandboxReason =
  'Electron stopped at start-up because the Chromium sandbox could not start (on Ubuntu 23.10 and later AppArmor limits unprivileged user namespaces): install the packaged .deb or AppImage, or allow them with "sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0", or run "npm start -- --no-sandbox" at your own risk.';

function lastLine(output: string): string | undefined {
  return output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .at(-1)
    ?.slice(0, 200);
}
