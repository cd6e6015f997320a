import path from 'node:path';
import type { Page } from '@playwright/test';
import type { SourceFiles } from './browser-host.ts';
import { expect, test } from './fixtures.ts';

const screenshot = path.resolve(import.meta.dirname, '..', 'screenshots', 'search.png');

const filler = (n: number) =>
  `Paragraph ${n}. The papers compared the strike with the year before and counted the ships outside the harbour.`;

/** A long review with its phrase far down, one in Japanese, one with accents, and one about the ferries. */
function reviewFiles(): SourceFiles {
  const review = (title: string, lines: string[], body: string[]) =>
    ['---', `title: "${title}"`, ...lines, '---', '', ...body, ''].join('\n');
  const long = Array.from({ length: 60 }, (_, n) =>
    n === 48 ? 'Only on the last night did the lighthouse keepers join the strike.' : filler(n + 1),
  );
  return {
    'long.md': review(
      'The long strike',
      ['series: Harbour Watch', 'issue: 7', 'date: 2025-03-07'],
      long.join('\n\n').split('\n'),
    ),
    'tokyo.md': review(
      '東京の新聞',
      ['date: 2024-11-02', 'language: ja'],
      ['今週の東京の新聞は港のストライキを大きく報じた。'],
    ),
    'muller.md': review(
      'Interview week',
      ['date: 2023-05-01', 'authors:', '  - name: Jana Müller'],
      ['Herr Müller sprach über den Streik.'],
    ),
    'ferry.md': review('Ferry strike', ['date: 2002-06-01'], ['The ferry strike kept the islands waiting.']),
  };
}

test.use({ sourceFiles: reviewFiles() });

const library = (page: Page) => page.getByRole('navigation', { name: 'Library' });
const searchBox = (page: Page) => library(page).getByRole('searchbox', { name: 'Search the library' });
const results = (page: Page) => library(page).getByRole('list', { name: 'Search results' });
const resultTitles = (page: Page) => results(page).locator('.search-hit-title');

test('searching as one types finds prefixes, phrases, exclusions, authors, typos and Japanese, and opens at the match', async ({
  page,
  app,
}) => {
  await expect(library(page)).toContainText('5 reviews');
  await page.getByRole('article', { name: 'Article' }).focus();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();

  await page.keyboard.type('lighthou', { delay: 40 });
  await expect(resultTitles(page)).toHaveText(['The long strike']);
  await expect(results(page).locator('mark').first()).toHaveText(/lighthouse/i);

  await searchBox(page).fill('"lighthouse keepers"');
  await expect(resultTitles(page)).toHaveText(['The long strike']);
  await searchBox(page).fill('"keepers lighthouse"');
  await expect(library(page)).toContainText('No reviews match this search.');

  await searchBox(page).fill('strike -ferry');
  await expect(resultTitles(page)).not.toContainText(['Ferry strike']);
  await expect(resultTitles(page).first()).toBeVisible();

  await searchBox(page).fill('author:muller');
  await expect(resultTitles(page)).toHaveText(['Interview week']);

  await searchBox(page).fill('lighthuose');
  await expect(resultTitles(page)).toHaveText(['The long strike']);

  await searchBox(page).fill('東京');
  await expect(resultTitles(page)).toHaveText(['東京の新聞']);
  await expect(results(page).locator('mark').first()).toHaveText('東京');

  await searchBox(page).fill('strike before:someday');
  await expect(library(page)).toContainText('before: needs a date like 2003-01-01');

  await searchBox(page).fill('lighthouse keepers');
  await expect(resultTitles(page)).toHaveText(['The long strike']);
  await searchBox(page).press('ArrowDown');
  await expect(results(page).getByRole('button').first()).toBeFocused();
  await page.keyboard.press('Enter');
  const article = page.getByRole('article', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText('The long strike');
  await expect.poll(() => matchInView(page)).toBe(true);
  await page.screenshot({ path: screenshot });

  await searchBox(page).focus();
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toHaveValue('');
  await expect(library(page)).toContainText('5 reviews');
  expect(app.refused).toEqual([]);
});

/** Whether the article marks the search match and shows it inside the window. */
function matchInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('search-match');
    const range = highlight ? [...highlight][0] : undefined;
    if (!(range instanceof Range) || !/lighthouse keepers/.test(range.toString())) return false;
    const box = range.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });
}
