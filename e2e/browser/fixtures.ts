import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import {
  type BrowserHost,
  importSources,
  refuseForeignRequests,
  type SourceFiles,
  startBrowserHost,
} from './browser-host.ts';

/** The app open in the test's page, every request that leaves it refused. */
export interface OpenApp {
  /** The requests the page tried to send beyond the app so far. */
  refused: string[];
}

interface BrowserFixtures {
  /** Files the CLI imports into the archive before a host starts on it; set with `test.use`. */
  sourceFiles: SourceFiles;
  /** A fresh archive folder in the system's temp folder, holding `sourceFiles`; removed after the test. */
  archive: string;
  /** Starts `offprint serve` on the archive; every host it started is stopped after the test. */
  startHost: () => Promise<BrowserHost>;
  /** One `offprint serve` on the archive. */
  host: BrowserHost;
  /** The host's page opened in `page` with foreign requests refused, once its library shows. */
  app: OpenApp;
}

/** Playwright's `test` with the browser host, its archive and its page as fixtures; a spec asks for them by name. */
export const test = base.extend<BrowserFixtures>({
  sourceFiles: [{}, { option: true }],
  archive: async ({ sourceFiles }, use) => {
    const archive = await mkdtemp(path.join(os.tmpdir(), 'offprint-e2e-'));
    if (Object.keys(sourceFiles).length > 0) await importSources(archive, sourceFiles);
    await use(archive);
    await rm(archive, { recursive: true, force: true });
  },
  startHost: async ({ archive }, use) => {
    const started: BrowserHost[] = [];
    await use(async () => {
      const host = await startBrowserHost(archive);
      started.push(host);
      return host;
    });
    await Promise.all(started.map((host) => host.stop()));
  },
  host: async ({ startHost }, use) => {
    await use(await startHost());
  },
  app: async ({ page, host }, use) => {
    const refused = await refuseForeignRequests(page, host.origin);
    await page.goto(host.url);
    await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
    await use({ refused });
  },
});

export { expect };
