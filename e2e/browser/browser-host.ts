import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');

/** A running `offprint serve` on a real archive folder, as a reader would start it. */
export interface BrowserHost {
  url: string;
  origin: string;
  stop(): Promise<void>;
}

/** Imports files or folders into `archiveDir` with the built CLI, as a reader would from the shell. */
async function importWithCli(archiveDir: string, ...sources: string[]): Promise<void> {
  await promisify(execFile)(process.execPath, [
    path.join(projectRoot, 'dist/cli/offprint.js'),
    'import',
    ...sources,
    '--archive',
    archiveDir,
  ]);
}

/** Source files by their path inside one folder, with their text: `{ 'week-1.md': '---\ntitle: …' }`. */
export type SourceFiles = Record<string, string>;

/** Writes `files` into a temp folder, imports that folder into `archiveDir` with the CLI, then removes the folder. */
export async function importSources(archiveDir: string, files: SourceFiles): Promise<void> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'offprint-e2e-sources-'));
  try {
    await Promise.all(
      Object.entries(files).map(async ([name, text]) => {
        const file = path.join(folder, name);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, text);
      }),
    );
    await importWithCli(archiveDir, folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Starts the built CLI's browser host on `archiveDir` and waits for the address it prints. */
export async function startBrowserHost(archiveDir: string): Promise<BrowserHost> {
  const child = spawn(
    process.execPath,
    [path.join(projectRoot, 'dist/cli/offprint.js'), 'serve', '--archive', archiveDir, '--port', '0'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await printedAddress(child, 'offprint serve');
  return { url, origin: new URL(url).origin, stop: () => stopChild(child) };
}

/**
 * The address a host prints (`http://127.0.0.1:PORT/#token=…`) on either stream, once `child` prints it; rejects
 * with everything printed when `child` (named `what`) exits first.
 */
export function printedAddress(child: ChildProcess, what: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const found = output.match(/http:\/\/127\.0\.0\.1:\d+\/#token=\S+/);
      if (found) resolve(found[0]);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', (code) =>
      reject(new Error(`${what} exited with ${code} before printing its address:\n${output}`)),
    );
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Aborts every request that leaves the app's own origin and records it, so a test can insist there were none. */
export async function refuseForeignRequests(page: Page, origin: string): Promise<string[]> {
  const refused: string[] = [];
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    refused.push(url);
    return route.abort('blockedbyclient');
  });
  return refused;
}
