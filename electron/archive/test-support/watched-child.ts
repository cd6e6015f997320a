import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';

/** How a child process ended, with what it wrote to stderr. */
export interface ChildEnd {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** A `node` child process whose stdout is read as lines. */
export interface WatchedChild {
  process: ChildProcessWithoutNullStreams;
  /** Every complete line written so far (a line cut short by a kill is never included). */
  lines: string[];
  /** Resolves once the child has exited and its output has been read to the end. */
  ended: Promise<ChildEnd>;
  /** Resolves with the first line starting with one of `prefixes`; rejects if the child ends without one. */
  waitForLine(...prefixes: string[]): Promise<string>;
  /** Calls `listener` with each complete line from now on. */
  onLine(listener: (line: string) => void): void;
}

/** Starts `node <script> ...args` with piped stdio. */
export function startNodeChild(script: string, args: string[]): WatchedChild {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const listeners: Array<(line: string) => void> = [];
  let partial = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const listener of listeners) listener(line);
    }
  });
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  // The stdin pipe breaks when a child is killed; that is expected, not an error.
  child.stdin.on('error', () => undefined);
  const ended = new Promise<ChildEnd>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
  return {
    process: child,
    lines,
    ended,
    onLine(listener) {
      listeners.push(listener);
    },
    waitForLine(...prefixes) {
      const matches = (line: string) => prefixes.some((prefix) => line.startsWith(prefix));
      const found = lines.find(matches);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        listeners.push((line) => {
          if (matches(line)) resolve(line);
        });
        const wanted = prefixes.join('" or "');
        ended.then(
          (end) =>
            reject(new Error(`The child ended (code ${end.code}, ${end.signal}) before "${wanted}": ${end.stderr}`)),
          reject,
        );
      });
    },
  };
}
