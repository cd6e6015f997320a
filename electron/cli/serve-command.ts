import { access } from 'node:fs/promises';
import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLibraryBackups } from '../api/library-backups.ts';
import { resolveArchiveDir } from '../archive/archive-location.ts';
import { OffprintError } from '../model/offprint-error.ts';
import { startServer } from '../serve/server.ts';
import { withLibrary } from './archive-session.ts';
import type { CliIo } from './cli-io.ts';
import { archiveOption, parseCommandLine, UsageError } from './command-line.ts';

/** The built reader: `dist/renderer`, two folders up from both this source file and the dist/cli bundle. */
export const defaultRendererDir = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));

/** What a caller of `offprint serve` may set besides the command line. */
export interface ServeOptions {
  /** The renderer build to serve, when not the default one (the `--renderer` flag wins over it). */
  rendererDir?: string;
  /** Stops the host like SIGINT or SIGTERM would. */
  stop?: AbortSignal;
}

/** `--archive DIR`, `--port N`, `--host NAME`, `--renderer DIR` and `--wait`. */
const serveOptions = {
  ...archiveOption,
  port: { type: 'string' },
  host: { type: 'string' },
  renderer: { type: 'string' },
  wait: { type: 'boolean' },
} as const;

/**
 * `offprint serve`: the browser host on 127.0.0.1 (or `--host`, with a warning) until SIGINT or SIGTERM; prints the
 * address to open. On stopping
 * it closes the server, then the archive, so the writes under way finish before the process ends.
 */
export async function runServe(args: string[], io: CliIo, options: ServeOptions = {}): Promise<number> {
  const { values, positionals } = parseCommandLine(args, serveOptions);
  if (positionals.length > 0) throw new UsageError(`"offprint serve" takes no arguments, but got "${positionals[0]}".`);
  const port = parsePort(values.port);
  const host = parseHost(values.host);
  const rendererDir = path.resolve(values.renderer ?? options.rendererDir ?? defaultRendererDir);
  await requireIndexHtml(rendererDir, values.renderer !== undefined);

  const archiveDir = resolveArchiveDir(values.archive);
  const session = { mode: 'write', wait: values.wait, create: true, stayReadOnly: true } as const;
  // Set once the archive is open: a Ctrl+C while waiting for the lock still ends the process at once.
  let dispose = () => {};
  try {
    return await withLibrary(archiveDir, session, io, async (library) => {
      const { api, events } = library;
      const listening = listenForStop(options.stop);
      dispose = listening.dispose;
      const server = await startServer({ api, events, rendererDir, port, host }).catch((error: unknown) => {
        const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
        throw inUse ? new OffprintError('conflict', `Port ${port} is in use; choose another with --port.`) : error;
      });
      if (!isLoopback(host)) {
        io.stderr.write(
          `Warning: --host ${host} lets other machines reach this archive; anyone who learns the address with its token can read and change it. Leave out --host to serve this machine only.\n`,
        );
      }
      io.stdout.write(`Offprint is serving the archive at ${archiveDir}\nOpen ${server.url}\nPress Ctrl+C to stop.\n`);
      const backingUp = new Set<Promise<unknown>>();
      const stopBackups = startLibraryBackups(library, (task) => {
        backingUp.add(task);
        return task.finally(() => backingUp.delete(task));
      });
      await listening.stopped;
      stopBackups();
      await server.close();
      // A backup under way is let finish, so no half-written backup is left behind.
      await Promise.allSettled([...backingUp]);
      return 0;
    });
  } finally {
    dispose();
  }
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, not "${value}".`);
  }
  return port;
}

function parseHost(value: string | undefined): string {
  if (value === undefined) return '127.0.0.1';
  if (isIP(value) === 0) {
    throw new UsageError(
      `--host must be an IP address of this machine, such as 192.168.1.20 or 0.0.0.0, not "${value}".`,
    );
  }
  return value;
}

function isLoopback(host: string): boolean {
  return host.startsWith('127.') || host === '::1';
}

async function requireIndexHtml(rendererDir: string, chosen: boolean): Promise<void> {
  try {
    await access(path.join(rendererDir, 'index.html'));
  } catch {
    throw new OffprintError(
      'not-found',
      chosen
        ? `There is no index.html in ${rendererDir}; pass the renderer build folder to --renderer.`
        : 'The reader is not built yet: run "npm run build" first.',
    );
  }
}

/**
 * Resolves `stopped` on the first SIGINT or SIGTERM (or `stop`). The handlers stay until `dispose`, so a second
 * Ctrl+C while the archive closes cannot kill the process in the middle of a write.
 */
function listenForStop(stop: AbortSignal | undefined): { stopped: Promise<void>; dispose(): void } {
  let finish: () => void = () => {};
  const stopped = new Promise<void>((resolve) => {
    finish = resolve;
  });
  process.on('SIGINT', finish);
  process.on('SIGTERM', finish);
  if (stop?.aborted) finish();
  else stop?.addEventListener('abort', finish);
  return {
    stopped,
    dispose() {
      process.off('SIGINT', finish);
      process.off('SIGTERM', finish);
      stop?.removeEventListener('abort', finish);
    },
  };
}
