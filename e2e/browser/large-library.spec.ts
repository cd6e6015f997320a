import { generateArchive } from '../../electron/bench/generate-archive.ts';
import { refuseForeignRequests } from './browser-host.ts';
import { expect, test } from './fixtures.ts';

const reviewCount = 50_000;
const seed = 20020830;

test('a 50,000-review archive opens to a windowed library that the keyboard scrolls to its last review', async ({
  page,
  archive,
  startHost,
}) => {
  // Generating the archive (about 100,000 files) takes most of the time; the reader itself opens in seconds.
  test.setTimeout(300_000);
  const { reviewIds } = await generateArchive(archive, reviewCount, seed);
  const host = await startHost();
  const refused = await refuseForeignRequests(page, host.origin);
  await page.goto(host.url);

  const library = page.getByRole('navigation', { name: 'Library' });
  await expect(library.getByText(`${reviewCount.toLocaleString('en')} reviews`, { exact: true })).toBeVisible({
    timeout: 60_000,
  });
  const rows = library.getByRole('list', { name: 'Reviews' }).getByRole('button');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeLessThan(200);

  await rows.first().focus();
  await page.keyboard.press('End');
  const lastRow = library.locator(`li[aria-posinset="${reviewCount}"] button.review-row`);
  await expect(lastRow).toBeFocused();
  await expect(lastRow).toBeInViewport({ ratio: 0.9 });
  expect(reviewIds).toContain(await lastRow.getAttribute('data-review-id'));
  expect(await rows.count()).toBeLessThan(200);
  expect(refused).toEqual([]);
});
