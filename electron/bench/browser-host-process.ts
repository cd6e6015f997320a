import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A running `offprint serve` child process: the address it printed (with its token) and a way to stop it. */
export interface HostProcess {
  url: string;
  origin: string;
  stop(): Promise<void>;
}

/** The built CLI the benchmark starts, `dist/cli/offprint.js` at the project root. */
export const builtCliPath = fileURLToPath(new URL('../../dist/cli/offprint.js', import.meta.url));

const startLimitMs = 120_000;
const stopLimitMs = 60_000;

/** The reader's address with its token in what `offprint serve` printed, or undefined while it has not yet. */
export function findHostAddress(output: string): string | undefined {
  return output.match(/http:\/\/127\.0\.0\.1:\d+\/#token=\S+/)?.[0];
}

/** Why the browser host cannot be started from `cliPath`, or null when its build is there. */
export function missingCliReason(cliPath = builtCliPath): string | null {
  return existsSync(cliPath) ? null : `the CLI is not built (${cliPath} is missing); run "npm run build" first`;
}

/** Starts `node <cli> serve --archive <dir> --port 0` and waits for the address it prints. */
export async function startHostProcess(archiveDir: string, cliPath = builtCliPath): Promise<HostProcess> {
  const missing = missingCliReason(cliPath);
  if (missing) throw new Error(`Cannot start offprint serve: ${missing}.`);
  const child = spawn(process.execPath, [cliPath, 'serve', '--archive', archiveDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`offprint serve printed no address within ${startLimitMs / 1000} s: ${lastLine(output)}`));
    }, startLimitMs);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const found = findHostAddress(output);
      if (!found) return;
      clearTimeout(timer);
      resolve(found);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Cannot start offprint serve (${cliPath}): ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(
          `offprint serve exited (${signal ?? `code ${code}`}) before printing its address: ${lastLine(output)}`,
        ),
      );
    });
  });
  return { url, origin: new URL(url).origin, stop: () => stopChild(child) };
}

function lastLine(output: string): string {
  return output.trim().split('\n').at(-1) || 'it printed nothing';
}

/** Asks the host to stop (it finishes its writes and closes the archive), and kills it if it hangs. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), stopLimitMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
