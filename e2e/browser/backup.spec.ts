import { readdir } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { type BrowserHost, emptyArchive, refuseForeignRequests, startBrowserHost } from './browser-host.ts';

let host: BrowserHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

test('choosing daily backups writes the first backup of the whole archive beside it, and the choice is kept', async ({
  page,
}) => {
  const archive = await emptyArchive();
  host = await startBrowserHost(archive);
  const refused = await refuseForeignRequests(page, host.origin);
  await page.goto(host.url);
  const backups = page.getByRole('combobox', { name: 'Automatic backups of the whole archive' });
  await expect(backups).toHaveValue('off');
  await backups.selectOption('daily');
  const folder = `${archive}-backups`;
  await expect
    .poll(async () => (await readdir(folder).catch(() => [])).filter((name) => name.endsWith('.tar.gz')), {
      timeout: 20_000,
    })
    .toHaveLength(1);
  expect((await readdir(folder))[0]).toMatch(/^offprint-auto-\d{8}T\d{6}Z\.tar\.gz$/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Automatic backups of the whole archive' })).toHaveValue('daily');
  expect(refused).toEqual([]);
});
