import type { Page } from '@playwright/test';
import type { SourceFiles } from './browser-host.ts';
import { expect, test } from './fixtures.ts';

const paragraph = (n: number) =>
  `Paragraph ${n} of the week's coverage. ${'The papers compared the strike with the one of the year before, and the wire services kept count of the ships waiting outside the harbour. '.repeat(6)}`;

/** Three long reviews; the first two cite the Quay Courier, the third cites only the Ferry Gazette. */
function reviewFiles(): SourceFiles {
  const outlets = ['Quay Courier', 'Quay Courier', 'Ferry Gazette'];
  return Object.fromEntries(
    outlets.map((outlet, i) => {
      const text = [
        '---',
        `title: "Harbour week ${i + 1}"`,
        'series: Harbour Watch',
        `issue: ${i + 1}`,
        `date: 2025-03-0${i + 1}`,
        'authors:',
        '  - name: Ada Quill',
        'references:',
        `  - '"Cranes stand still", ${outlet}, 2 March 2025'`,
        '---',
        '',
        ...Array.from({ length: 30 }, (_, n) => `${paragraph(n + 1)}\n`),
      ].join('\n');
      return [`harbour-${i + 1}.md`, text];
    }),
  );
}

test.use({ sourceFiles: reviewFiles() });

const library = (page: Page) => page.getByRole('navigation', { name: 'Library' });
const row = (page: Page, title: string) => library(page).getByRole('button', { name: new RegExp(title) });
const heading = (page: Page) => page.getByRole('article', { name: 'Article' }).getByRole('heading', { level: 1 });

/** Scrolls to the article's end (again, if the review was still being put back at its start) until it is read. */
async function scrollToEnd(page: Page): Promise<void> {
  await expect(async () => {
    await scrollArticleTo(page, 1);
    await expect(page.getByRole('button', { name: 'Mark as unread' })).toBeVisible({ timeout: 1500 });
  }).toPass();
}

/** The number of the first paragraph whose end is below the top of the reading pane. */
function paragraphAtTop(page: Page): Promise<number> {
  return page.locator('.reading-pane').evaluate((pane) => {
    const top = pane.getBoundingClientRect().top;
    const first = [...pane.querySelectorAll('.article-body p')].find((p) => p.getBoundingClientRect().bottom > top);
    return Number(/^Paragraph (\d+)/.exec(first?.textContent ?? '')?.[1] ?? 0);
  });
}

/** Scrolls the pane that holds the article so that `fraction` of the article has gone by. */
async function scrollArticleTo(page: Page, fraction: number): Promise<void> {
  await page.locator('.reading-pane').evaluate((pane, share) => {
    pane.scrollTop = (pane.scrollHeight - pane.clientHeight) * share;
  }, fraction);
}

test('a review opens where the reader left it, and reaching its end marks it read', async ({ page, app }) => {
  await row(page, 'Harbour week 2').click();
  await expect(heading(page)).toHaveText('Harbour week 2');
  await expect(row(page, 'Harbour week 2')).toContainText('Unread');
  await expect(page.getByRole('button', { name: 'Mark as read' })).toBeVisible();

  // A review is put back at its start a frame or two after it opens; the reader scrolls after that.
  let left = 0;
  await expect(async () => {
    await scrollArticleTo(page, 0.5);
    await page.waitForTimeout(100);
    left = await paragraphAtTop(page);
    expect(left).toBeGreaterThan(8);
  }).toPass();
  const paragraphInView = page.getByText(new RegExp(`^Paragraph ${left} of the week`));
  await expect(paragraphInView).toBeInViewport();
  // Saved once scrolling rests; switching to another review saves at once as well.
  const savedPosition = page.waitForResponse((response) => response.url().endsWith('/api/saveReadingPosition'));
  await row(page, 'Harbour week 1').click();
  await expect(heading(page)).toHaveText('Harbour week 1');
  // Back in the same window, the review opens where it was left.
  await row(page, 'Harbour week 2').click();
  await expect(paragraphInView).toBeInViewport();
  await savedPosition;
  await page.reload();
  await row(page, 'Harbour week 2').click();
  await expect(heading(page)).toHaveText('Harbour week 2');
  await expect(paragraphInView).toBeInViewport();
  await expect(page.getByText(/^Paragraph 1 of the week/)).not.toBeInViewport();

  const article = page.getByRole('article', { name: 'Article' });
  await expect(article.getByRole('button', { name: 'Mark as read' })).toBeVisible();
  await scrollToEnd(page);
  await expect(article.getByRole('button', { name: 'Mark as unread' })).toBeVisible();
  await expect(article.getByText(/^Read /)).toBeVisible();
  await expect(row(page, 'Harbour week 2')).not.toContainText('Unread');

  // A finished review opens at its start next time.
  await row(page, 'Harbour week 3').click();
  await expect(heading(page)).toHaveText('Harbour week 3');
  await row(page, 'Harbour week 2').click();
  await expect(heading(page)).toHaveText('Harbour week 2');
  await expect(page.getByText(/^Paragraph 1 of the week/)).toBeInViewport();

  await article.getByRole('button', { name: 'Mark as unread' }).click();
  await expect(row(page, 'Harbour week 2')).toContainText('Unread');
  expect(app.refused).toEqual([]);
});

test('rows show note and highlight counts; filters for notes, unread and outlet combine and are remembered', async ({
  page,
  app,
}) => {
  await row(page, 'Harbour week 1').click();
  await expect(heading(page)).toHaveText('Harbour week 1');
  const note = page.getByRole('textbox', { name: /note/i });
  await note.fill('Compare with week 3.');
  await note.blur();
  await expect(row(page, 'Harbour week 1')).toContainText('1 note');

  const controls = library(page);
  await controls.getByRole('checkbox', { name: /Has notes/ }).check();
  await expect(controls).toContainText('1 of 4 reviews');
  await controls.getByRole('checkbox', { name: /Has notes/ }).uncheck();

  await row(page, 'Harbour week 3').click();
  await expect(heading(page)).toHaveText('Harbour week 3');
  await expect(page.getByRole('button', { name: 'Mark as read' })).toBeVisible();
  await scrollToEnd(page);
  await expect(page.getByRole('button', { name: 'Mark as unread' })).toBeVisible();
  // The sample review of a new archive is the fourth, unread.
  await expect(controls.getByRole('checkbox', { name: 'Unread (3)' })).toBeVisible();
  await controls.getByRole('checkbox', { name: /Unread/ }).check();
  await expect(controls).toContainText('3 of 4 reviews');

  const outlet = controls.getByRole('combobox', { name: 'Cited outlet' });
  await outlet.focus();
  await expect(outlet.getByRole('option', { name: 'Quay Courier (2)' })).toBeAttached();
  await outlet.selectOption('Ferry Gazette');
  await expect(controls).toContainText('0 of 4 reviews');
  await controls.getByRole('checkbox', { name: /Unread/ }).uncheck();
  await expect(controls).toContainText('1 of 4 reviews');
  await expect(row(page, 'Harbour week 3')).toBeVisible();

  await page.reload();
  await expect(library(page).getByRole('combobox', { name: 'Cited outlet' })).toHaveValue('Ferry Gazette');
  await expect(library(page)).toContainText('1 of 4 reviews');
  await library(page).getByRole('button', { name: 'Clear filters' }).click();
  await expect(library(page)).toContainText('4 reviews');

  await page.getByRole('article', { name: 'Article' }).focus();
  await page.keyboard.press('/');
  const search = library(page).getByRole('searchbox', { name: 'Search the library' });
  await expect(search).toBeFocused();
  await page.keyboard.type('"harbour week 2"');
  await expect(library(page)).toContainText('1 of 4 reviews');
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  expect(app.refused).toEqual([]);
});
