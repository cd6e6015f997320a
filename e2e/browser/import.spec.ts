import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const pageText = path.resolve(import.meta.dirname, '../../../shared/fixtures/pages/weekly-review-63.txt');
const pageTitle = 'How the Media views talks between North Korea and Japan';
const sampleTitle = 'How the coastal papers covered the harbour strike';
const screenshot = path.resolve(import.meta.dirname, '..', 'screenshots', 'import.png');

/** Waits until the library lists the sample review a new archive starts with. */
async function sampleListed(page: Page): Promise<void> {
  await expect(page.getByRole('navigation', { name: 'Library' }).getByText(sampleTitle)).toBeVisible();
}

/** Chooses an item of the top bar's Import menu and gives the file chooser it opens `files` (a folder, or files). */
async function pickWithChooser(page: Page, item: 'Import files…' | 'Import a folder…', files: string | string[]) {
  await page.getByRole('button', { name: 'Import…' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: item }).click();
  await (await chooser).setFiles(files);
}

test('a page-text copy picked in the file dialog imports, opens from the summary, and its citations jump to the references', async ({
  page,
  app,
}) => {
  await sampleListed(page);
  await pickWithChooser(page, 'Import files…', pageText);

  const summary = page.getByRole('region', { name: 'Import summary' });
  await expect(summary.getByRole('heading')).toHaveText('Imported 1 review');
  await summary.getByRole('button', { name: pageTitle }).click();

  const article = page.getByRole('article', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(pageTitle);
  await expect(article.getByText('Weekly Review · No. 63')).toBeVisible();
  await expect(article.getByRole('list', { name: 'Authors' })).toHaveText(
    'John de Boer, University of Tokyo & GLOCOM Platform',
  );
  await expect(article.locator('.article-facts')).toContainText('Last Updated: 14:57 03/09/2007');
  await expect(article.locator('.article-copyright')).toHaveText('© Japanese Institute of Global Communications');
  const references = page.getByRole('region', { name: 'References' });
  await expect(references.getByRole('listitem')).toHaveCount(7);

  const citation = article.getByRole('link', { name: 'August 30, Reuters' });
  await expect(citation).toHaveAttribute('href', '#ref-3');
  await citation.click();
  await expect(page).toHaveURL(/#ref-3$/);
  const third = references.locator('#ref-3');
  await expect(third).toContainText('Japan PM to make historic North Korean visit');
  await expect(page.locator('#ref-3:target')).toHaveCount(1);
  await expect(third).toBeFocused();
  await expect(third).toBeInViewport();

  await pickWithChooser(page, 'Import files…', pageText);
  await expect(summary.getByRole('heading')).toHaveText('Imported no reviews');
  await expect(summary).toContainText('1 already in the archive');
  await expect(summary.getByRole('list', { name: 'Already in the archive' })).toHaveText('weekly-review-63.txt');
  await summary.getByRole('button', { name: 'Dismiss' }).click();
  await expect(summary).toHaveCount(0);
  expect(app.refused).toEqual([]);
});

test('a folder imports with progress, and the summary names each file that failed and why', async ({ page, app }) => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'offprint-import-folder-'));
  const reviews = path.join(folder, 'reviews');
  await mkdir(path.join(reviews, 'older'), { recursive: true });
  for (let issue = 1; issue <= 28; issue += 1) {
    const where = issue <= 10 ? path.join(reviews, 'older') : reviews;
    await writeFile(
      path.join(where, `review-${issue}.md`),
      `---\ntitle: Press week ${issue}\nseries: Folder Review\nissue: "${issue}"\n---\n\nWhat the papers said in week ${issue}.\n`,
    );
  }
  await writeFile(path.join(reviews, 'empty.md'), '');
  await writeFile(path.join(reviews, 'scan.pdf'), '%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');

  await sampleListed(page);
  // Holds the first call, so the progress of an import under way can be seen.
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/importUpload', async (route) => {
    await released;
    await route.fallback();
  });
  await pickWithChooser(page, 'Import a folder…', reviews);

  const progress = page.getByRole('status', { name: 'Import progress' });
  await expect(progress).toContainText(/Importing \d+ of 30: /);
  await expect(progress.getByRole('progressbar')).toBeVisible();
  release();
  await expect(progress).toHaveCount(0);

  const summary = page.getByRole('region', { name: 'Import summary' });
  await expect(summary.getByRole('heading')).toHaveText('Imported 28 reviews');
  await expect(summary).toContainText('1 could not be imported');
  const failures = summary.getByRole('list', { name: 'Could not be imported' }).getByRole('listitem');
  await expect(failures).toHaveCount(1);
  await expect(failures.first()).toHaveText(/^reviews\/empty\.md: it is empty/);
  await expect(summary.getByRole('list', { name: 'Notices' })).toContainText(
    'Skipped 1 file that is not a review (.pdf)',
  );
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('button')).toHaveCount(29);
  await page.screenshot({ path: screenshot });

  await summary.getByRole('button', { name: 'Press week 12' }).click();
  await expect(page.getByRole('article', { name: 'Article' }).getByRole('heading', { level: 1 })).toHaveText(
    'Press week 12',
  );
  expect(app.refused).toEqual([]);
});

test('a file dropped on the window imports, with an overlay while it is dragged, and its footnotes open in place and link back', async ({
  page,
  app,
}) => {
  await sampleListed(page);
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    const text =
      '# Dropped on the window\n\nA review that arrived by drag and drop.[^1]\n\n[^1]: Dropped from a file manager.\n';
    transfer.items.add(new File([text], 'dropped.md', { type: 'text/markdown' }));
    return transfer;
  });
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await expect(page.getByText('Drop files or folders to import them')).toBeVisible();
  // The app's own listener on window runs first; this one, added later, sees what it decided.
  const dropPrevented = page.evaluate(
    () =>
      new Promise<boolean>((resolve) =>
        window.addEventListener('drop', (event) => resolve(event.defaultPrevented), { once: true }),
      ),
  );
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  expect(await dropPrevented).toBe(true);
  await expect(page.getByText('Drop files or folders to import them')).toHaveCount(0);

  const summary = page.getByRole('region', { name: 'Import summary' });
  await expect(summary.getByRole('heading')).toHaveText('Imported 1 review');
  await summary.getByRole('button', { name: 'Dropped on the window' }).click();

  const body = page.getByRole('article', { name: 'Article' }).locator('.article-body');
  await body.locator('a[data-footnote-ref]').click();
  await expect(page.getByRole('note', { name: /^Footnote/ })).toHaveText('Dropped from a file manager.');
  await page.keyboard.press('Escape');
  await expect(body.locator('.footnotes li')).toContainText('Dropped from a file manager.');
  await body.getByRole('link', { name: 'Back to reference 1' }).click();
  await expect(page).toHaveURL(/#user-content-footnote-ref-1$/);
  await expect(body.locator('a[data-footnote-ref]:target')).toBeInViewport();
  expect(app.refused).toEqual([]);
});

test('Ctrl+O opens the import menu: arrow keys move in it, Escape closes it, and it keeps the remote images setting', async ({
  page,
  app: _app,
}) => {
  await sampleListed(page);
  await page.keyboard.press('Control+O');
  const menu = page.getByRole('menu', { name: 'Import' });
  await expect(menu.getByRole('menuitem', { name: 'Import files…' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Import a folder…' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Save page from URL…' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Save page from URL' });
  await expect(dialog.getByRole('textbox', { name: 'Page address' })).toBeFocused();
  await page.keyboard.type('not an address');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('Enter a full web address that starts with http:// or https://.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+O');
  await expect(menu.getByRole('menuitem', { name: 'Import files…' })).toBeFocused();
  await page.keyboard.press('End');
  const fetchImages = menu.getByRole('menuitemcheckbox', { name: 'Fetch remote images of saved pages' });
  await expect(fetchImages).toBeFocused();
  await expect(fetchImages).toHaveAttribute('aria-checked', 'false');
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  await page.keyboard.press('Control+O');
  await expect(fetchImages).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Import…' })).toBeFocused();
  await page.reload();
  await page.getByRole('button', { name: 'Import…' }).click();
  await expect(fetchImages).toHaveAttribute('aria-checked', 'true');
});
