import { test as base, type ElectronApplication, expect } from '@playwright/test';
import { electronBinaryOrSkip, launchOffprint, type RunningOffprint, tempDir } from './electron-app.ts';

interface ElectronFixtures {
  /**
   * Starts Offprint in Electron on this test's own archive and profile folders and waits for its window; skips the
   * test where Electron cannot run here. Every app it started is closed after the test.
   */
  launch: () => Promise<RunningOffprint>;
  /** Offprint started on a fresh archive, once its library shows. */
  offprint: RunningOffprint;
}

/** Playwright's `test` with the Electron app as fixtures; a spec asks for them by name. */
export const test = base.extend<ElectronFixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern; it has none.
  launch: async ({}, use) => {
    const binary = electronBinaryOrSkip();
    if (!binary) return;
    const archive = await tempDir('offprint-e2e-electron-');
    const profile = await tempDir('offprint-e2e-profile-');
    const running = new Set<ElectronApplication>();
    await use(async () => {
      const offprint = await launchOffprint(binary, archive, profile);
      running.add(offprint.app);
      offprint.app.once('close', () => running.delete(offprint.app));
      return offprint;
    });
    await Promise.all([...running].map((app) => app.close()));
  },
  offprint: async ({ launch }, use) => {
    const offprint = await launch();
    await expect(offprint.window.getByRole('navigation', { name: 'Library' })).toBeVisible();
    await use(offprint);
  },
});

export { expect };
