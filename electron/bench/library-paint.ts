import { performance } from 'node:perf_hooks';
import { type Browser, chromium, type Page, type Request } from '@playwright/test';
import { messageOf } from '../common/messages.ts';
import type { LibraryPaintResult } from './bench-results.ts';
import { type HostProcess, missingCliReason, startHostProcess } from './browser-host-process.ts';
import { findChromium } from './chromium-executable.ts';
import { frameDurations, summarizeFrames } from './frame-stats.ts';
import { firstLastRowProblem } from './last-row-check.ts';
import {
  flingLibrary,
  jumpLibraryEnds,
  type LastRowFacts,
  readFirstLibraryPaint,
  watchFirstLibraryRow,
} from './library-page-scripts.ts';
import { watchQuiet } from './request-quiet.ts';

/** The Chromium to measure the library in, or why that part of the benchmark is skipped. */
export type LibraryBrowser = { executablePath: string } | { skipped: string };

/** How the library is driven: a fast fling (2,400 px = 30 rows per frame), then jumps to the end and back. */
const scrolling = { stepPx: 2400, frames: 240, jumpRounds: 10 };
const viewport = { width: 1280, height: 800 };
const launchArgs = ['--disable-gpu', '--no-first-run', '--disable-background-networking'];
const firstRowLimitMs = 120_000;
const quietMs = 1000;
const quietLimitMs = 180_000;

// tsx compiles with esbuild's keepNames, which wraps the page scripts' inner functions in calls to a `__name`
// helper that exists only in Node; the page gets a stand-in that returns the function unchanged.
const keepNamesShim = 'globalThis.__name = (target) => target;';

/** Finds what the Chromium part needs (the built CLI, a Chromium executable), or says in one line what is missing. */
export function findLibraryBrowser(env: NodeJS.ProcessEnv): LibraryBrowser {
  const missingCli = missingCliReason();
  if (missingCli) return { skipped: missingCli };
  const found = findChromium(env);
  return 'path' in found ? { executablePath: found.path } : { skipped: found.reason };
}

/**
 * Serves the archive in `dir` with the built CLI, opens it in Chromium and measures the first library paint (cold
 * and after a reload) and the frames while the list of `reviewCount` reviews scrolls. Throws when the last review's
 * row cannot be scrolled into view.
 */
export async function measureLibrary(
  dir: string,
  reviewCount: number,
  executablePath: string,
): Promise<LibraryPaintResult> {
  const host = await startHostProcess(dir);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath, args: launchArgs });
    return await measureInBrowser(browser, host, reviewCount);
  } catch (error) {
    // Playwright's messages run to many lines (call log, stack); the report has room for the first.
    const message = messageOf(error);
    throw new Error(message.split('\n')[0]);
  } finally {
    await browser?.close();
    await host.stop();
  }
}

async function measureInBrowser(browser: Browser, host: HostProcess, reviewCount: number): Promise<LibraryPaintResult> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript({ content: keepNamesShim });
  await page.addInitScript(watchFirstLibraryRow);
  const settled = watchRequests(page, host.origin);

  const navigated = performance.now();
  await page.goto(host.url);
  const firstPaintColdMs = await waitForFirstPaint(page);
  const quietAt = await settled.waitUntilQuiet();
  const quietAfterMs = quietAt === null ? null : quietAt - navigated;

  await page.reload();
  const firstPaintWarmMs = await waitForFirstPaint(page);
  await settled.waitUntilQuiet();

  const fling = await page.evaluate(flingLibrary, { stepPx: scrolling.stepPx, frames: scrolling.frames });
  const jumps = await page.evaluate(jumpLibraryEnds, scrolling.jumpRounds);
  const problem = firstLastRowProblem(jumps.ends, reviewCount);
  if (problem) throw new Error(`The library did not scroll to its last review: ${problem}.`);
  const end = jumps.ends.at(-1) as LastRowFacts;
  return {
    browser: `Chromium ${browser.version()}, headless, ${viewport.width}×${viewport.height}, --disable-gpu`,
    firstPaintColdMs,
    firstPaintWarmMs,
    quietAfterMs,
    flingStepPx: scrolling.stepPx,
    fling: summarizeFrames(frameDurations(fling.stamps)),
    jumps: summarizeFrames(frameDurations(jumps.stamps)),
    lastRowShown: true,
    rowsInDom: end.rowsInDom,
    pageElements: end.pageElements,
  };
}

// First paint: ms from navigation start until the main thread finished the first frame holding a library row
// (style, layout and paint done); rasterizing and showing that frame come after and are not counted.
async function waitForFirstPaint(page: Page): Promise<number> {
  const handle = await page
    .waitForFunction(readFirstLibraryPaint, undefined, { timeout: firstRowLimitMs })
    .catch((error: unknown) => {
      if (error instanceof Error && error.name === 'TimeoutError') {
        throw new Error(`No library row was drawn within ${firstRowLimitMs / 1000} s of opening the reader.`);
      }
      throw error;
    });
  return (await handle.jsonValue()) as number;
}

/**
 * Watches the page's API calls (the event stream stays open, so it does not count); `waitUntilQuiet` resolves
 * with the time (performance.now) the last one ended once none has been in flight for a second, or with null
 * when the page is still busy at the limit.
 */
function watchRequests(page: Page, origin: string): { waitUntilQuiet(): Promise<number | null> } {
  const watch = watchQuiet(quietMs, performance.now());
  const counted = (url: string) => url.startsWith(`${origin}/api/`) && !url.startsWith(`${origin}/api/events`);
  page.on('request', (request) => {
    if (counted(request.url())) watch.started(performance.now());
  });
  const ended = (request: Request) => {
    if (counted(request.url())) watch.ended(performance.now());
  };
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    async waitUntilQuiet() {
      const limit = performance.now() + quietLimitMs;
      while (!watch.isQuiet(performance.now())) {
        if (performance.now() > limit) return null;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return watch.lastEndedAt() ?? performance.now();
    },
  };
}
