import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, type Page } from '@playwright/test';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');

/** A running `offprint serve` on a real archive folder, as a reader would start it. */
export interface BrowserHost {
  url: string;
  origin: string;
  stop(): Promise<void>;
}

/** A fresh, empty archive folder in the system's temp folder. */
export function emptyArchive(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'offprint-e2e-'));
}

/** Imports files or folders into `archiveDir` with the built CLI, as a reader would from the shell. */
export async function importWithCli(archiveDir: string, ...sources: string[]): Promise<void> {
  await promisify(execFile)(process.execPath, [
    path.join(projectRoot, 'dist/cli/offprint.js'),
    'import',
    ...sources,
    '--archive',
    archiveDir,
  ]);
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
  if (child.exitCode !== null) return Promise.resolve();
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

/** Selects `text` inside the article body the way a reader's drag would, through the Selection API. */
export async function selectInArticle(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const body = document.querySelector('.article-body');
    if (!body) throw new Error('The article body is not on the page.');
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in one text node of the article.`);
  }, text);
}

/** Selects `text` in the article, presses Highlight in the toolbar that appears, and waits for the mark. */
export async function highlightInArticle(page: Page, text: string): Promise<void> {
  await selectInArticle(page, text);
  await page
    .getByRole('toolbar', { name: 'Highlight the selection' })
    .getByRole('button', { name: 'Highlight' })
    .first()
    .click();
  await expect(page.getByRole('article', { name: 'Article' }).locator('mark[data-highlight-id]')).toHaveText(text);
}
