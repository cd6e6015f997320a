import { readdir } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';

test('choosing daily backups writes the first backup of the whole archive beside it, and the choice is kept', async ({
  page,
  archive,
  app,
}) => {
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
  expect(app.refused).toEqual([]);
});
