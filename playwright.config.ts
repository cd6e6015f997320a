import { defineConfig } from '@playwright/test';

/** Debian's Chromium; `npx playwright install` cannot download browsers on these machines. */
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  reporter: [['list']],
  forbidOnly: true,
  projects: [
    {
      name: 'browser',
      testDir: 'e2e/browser',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
    {
      name: 'electron',
      testDir: 'e2e/electron',
    },
    {
      // A fresh checkout in an unusual path, installed and built with npm ci: slow by nature.
      name: 'install',
      testDir: 'e2e/install',
      timeout: 300_000,
    },
  ],
});
