import path from 'node:path';
import type { Page } from '@playwright/test';
import type { SourceFiles } from './browser-host.ts';
import { expect, test } from './fixtures.ts';

const screenshot = path.resolve(import.meta.dirname, '..', 'screenshots', 'library.png');

/** 200 small reviews: "Alpha Review" 1–121 without #37 (120), "Beta Digest" 1–80; every fourth by Ada Quill. */
function reviewFiles(): SourceFiles {
  const day = Date.UTC(2025, 0, 1);
  return Object.fromEntries(
    Array.from({ length: 200 }, (_, i) => {
      const alpha = i < 120;
      const series = alpha ? 'Alpha Review' : 'Beta Digest';
      const issue = alpha ? (i < 36 ? i + 1 : i + 2) : i - 119;
      const title = i === 150 ? 'Aardvark tracks the press' : `${series} ${issue}: week notes`;
      const author = i % 4 === 0 ? 'Ada Quill' : 'Bo Hart';
      const date = new Date(day + i * 86_400_000).toISOString().slice(0, 10);
      const text = [
        '---',
        `title: "${title}"`,
        `series: ${series}`,
        `issue: ${issue}`,
        `date: ${date}`,
        'authors:',
        `  - name: ${author}`,
        `tags: [${i % 2 === 0 ? 'radio' : 'press'}]`,
        '---',
        '',
        `Notes on the week, number ${i}.`,
        '',
      ].join('\n');
      return [`review-${String(i).padStart(3, '0')}.md`, text];
    }),
  );
}

test.use({ sourceFiles: reviewFiles() });

const rows = (page: Page) => page.getByRole('list', { name: 'Reviews' }).getByRole('button');
const heading = (page: Page) => page.getByRole('article', { name: 'Article' }).getByRole('heading', { level: 1 });

test('the library filters by series and author with counts, sorts by title and keeps few rows in the DOM', async ({
  page,
  app,
}) => {
  const library = page.getByRole('navigation', { name: 'Library' });
  const focused = page.locator(':focus');
  await rows(page).first().focus();
  await page.keyboard.press('Home');
  await expect(focused).toContainText('Beta Digest 80: week notes');
  await expect(focused).toContainText('Beta Digest #80');
  await expect(focused).toContainText('Bo Hart');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Beta Digest 80: week notes');
  const listItems = await page.getByRole('list', { name: 'Reviews' }).getByRole('listitem').count();
  expect(listItems).toBeGreaterThan(5);
  expect(listItems).toBeLessThan(60);

  const series = library.getByRole('combobox', { name: 'Series' });
  const author = library.getByRole('combobox', { name: 'Author' });
  await expect(series.getByRole('option', { name: 'Alpha Review (120)' })).toBeAttached();
  await expect(series.getByRole('option', { name: 'Beta Digest (80)' })).toBeAttached();
  await series.selectOption('Alpha Review');
  await expect(rows(page).first()).toContainText('Alpha Review 121: week notes');
  await expect(author.getByRole('option', { name: 'Ada Quill (30)' })).toBeAttached();
  await expect(author.getByRole('option', { name: 'Bo Hart (90)' })).toBeAttached();

  await author.selectOption('Ada Quill');
  await expect(library).toContainText('30 of');
  await page.screenshot({ path: screenshot });
  await expect(series.getByRole('option', { name: 'Alpha Review (30)' })).toBeAttached();
  await expect(series.getByRole('option', { name: 'Beta Digest (20)' })).toBeAttached();
  await expect(rows(page).first()).toContainText('Alpha Review 118: week notes');
  await expect(rows(page).first()).toContainText('Ada Quill');

  await library.getByRole('button', { name: 'Clear filters' }).click();
  await expect(library.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
  await expect(rows(page).first()).toContainText('Beta Digest 80: week notes');

  await library.getByRole('combobox', { name: 'Sort' }).selectOption({ label: 'Title' });
  await rows(page).first().focus();
  await page.keyboard.press('Home');
  await expect(focused).toContainText('Aardvark tracks the press');
  await page.keyboard.press('End');
  await expect(focused).toBeInViewport();
  expect(await page.getByRole('list', { name: 'Reviews' }).getByRole('listitem').count()).toBeLessThan(60);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText((await page.locator(':focus .review-row-title').textContent()) ?? '');
  expect(app.refused).toEqual([]);
});

test('the series view shows the missing issues, and j and k open the next and previous review', async ({
  page,
  app,
}) => {
  const library = page.getByRole('navigation', { name: 'Library' });

  await rows(page).first().focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Beta Digest 80: week notes');
  await page.keyboard.press('j');
  await expect(heading(page)).toHaveText('Beta Digest 79: week notes');
  await page.keyboard.press('j');
  await expect(heading(page)).toHaveText('Beta Digest 78: week notes');
  await page.keyboard.press('k');
  await expect(heading(page)).toHaveText('Beta Digest 79: week notes');

  await library.getByRole('checkbox', { name: 'By series' }).check();
  await expect(library.getByRole('button', { name: /Beta Digest 79: week notes/ })).toBeInViewport();
  const scroller = library.locator('.library-scroller');
  await scroller.evaluate((element) => {
    element.scrollTop = 0;
  });
  await expect(library.getByRole('heading', { name: 'Alpha Review (120)' })).toBeVisible();
  await scroller.evaluate((element) => {
    element.scrollTop = 33 * 80;
  });
  await expect(library.getByText('#37 missing')).toBeVisible();
  await page.screenshot({ path: path.resolve(import.meta.dirname, '..', 'screenshots', 'library-series.png') });
  await library.getByRole('button', { name: /Alpha Review 36: week notes/ }).click();
  await page.keyboard.press('j');
  await expect(heading(page)).toHaveText('Alpha Review 38: week notes');
  expect(app.refused).toEqual([]);
});
