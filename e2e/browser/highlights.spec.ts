import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { highlightInArticle, selectInArticle } from './article-selection.ts';
import { refuseForeignRequests } from './browser-host.ts';
import { expect, test } from './fixtures.ts';

const sampleTitle = 'How the coastal papers covered the harbour strike';
const sentence = 'The facts barely moved between Monday and Friday; the framing moved a great deal.';
const secondSentence = 'Reading the outlets together is the only way to see the whole event.';
const comment = 'Framing, not facts: the thread of the whole review.';

/** The article pane, once it shows the sample review. */
async function sampleArticle(page: Page) {
  const article = page.getByRole('article', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(sampleTitle);
  return article;
}

test('a highlighted passage with a comment is in place after a reload and after theme and size changes', async ({
  page,
  app,
}) => {
  const article = await sampleArticle(page);

  await highlightInArticle(page, sentence);

  const panel = page.getByRole('complementary', { name: 'Notes' });
  const commentSaved = page.waitForResponse((response) => response.url().endsWith('/api/saveHighlight'));
  await panel.getByRole('textbox', { name: 'Comment on highlight' }).fill(comment);
  await commentSaved;
  const tagsSaved = page.waitForResponse((response) => response.url().endsWith('/api/saveHighlight'));
  await panel.getByRole('textbox', { name: 'Highlight tags' }).fill('framing, press');
  await panel.getByRole('textbox', { name: 'Highlight tags' }).press('Enter');
  await tagsSaved;

  await article.focus();
  await selectInArticle(page, secondSentence);
  await page.keyboard.press('h');
  await expect(article.locator('mark[data-highlight-id]')).toHaveCount(2);
  await expect(article.locator('mark[data-highlight-id]').nth(1)).toHaveText(secondSentence);

  await page.reload();
  const marks = page.getByRole('article', { name: 'Article' }).locator('mark[data-highlight-id]');
  await expect(marks).toHaveCount(2);
  await expect(marks.first()).toHaveText(sentence);
  await expect(panel.getByRole('textbox', { name: 'Comment on highlight' }).first()).toHaveValue(comment);
  await expect(panel.getByRole('textbox', { name: 'Highlight tags' }).first()).toHaveValue('framing, press');
  await page.screenshot({ path: path.resolve(import.meta.dirname, '..', 'screenshots', 'highlights.png') });

  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' });
  await page.getByRole('button', { name: 'Larger text' }).click();
  await page.getByRole('button', { name: 'Larger text' }).click();
  await expect(marks.first()).toHaveText(sentence);
  await expect(marks.nth(1)).toHaveText(secondSentence);

  await panel.getByRole('button', { name: /framing moved a great deal/ }).click();
  await expect(marks.first()).toBeFocused();
  await expect(panel.getByText('orphaned')).toHaveCount(0);

  const highlights = panel.getByRole('region', { name: 'Highlights' });
  await highlights.getByRole('button', { name: 'Delete highlight' }).nth(1).click();
  await expect(marks).toHaveCount(1);
  await highlights.getByRole('button', { name: 'Undo' }).click();
  await expect(marks).toHaveCount(2);
  await expect(marks.nth(1)).toHaveText(secondSentence);
  expect(app.refused).toEqual([]);
});

test('a highlight whose text is gone from the review is listed as orphaned, not dropped', async ({
  page,
  archive,
  host,
  app,
  startHost,
}) => {
  await sampleArticle(page);
  await highlightInArticle(page, sentence);
  await host.stop();

  const notesDir = path.join(archive, 'notes');
  const [file] = (await readdir(notesDir)).filter((name) => name.endsWith('.json'));
  const notesFile = path.join(notesDir, file ?? '');
  const stored = JSON.parse(await readFile(notesFile, 'utf8')) as {
    notes: { selector: { quote: { exact: string } } }[];
  };
  for (const note of stored.notes) note.selector.quote.exact = 'A sentence this review never contained.';
  await writeFile(notesFile, JSON.stringify(stored));

  const restarted = await startHost();
  const refusedAfterRestart = await refuseForeignRequests(page, restarted.origin);
  await page.goto(restarted.url);
  const panel = page.getByRole('complementary', { name: 'Notes' });
  await expect(panel.getByRole('listitem')).toContainText('A sentence this review never contained.');
  await expect(panel.getByText('orphaned')).toBeVisible();
  await expect(page.getByRole('article', { name: 'Article' }).locator('mark[data-highlight-id]')).toHaveCount(0);
  expect([...app.refused, ...refusedAfterRestart]).toEqual([]);
});

test('choosing a highlight in the text brings its card into view; its colour and tags are changed on the card', async ({
  page,
  app,
}) => {
  const article = await sampleArticle(page);
  const library = page.getByRole('navigation', { name: 'Library' });
  await expect(library).toContainText('1 review');
  await expect(library).not.toContainText('1 reviews');

  await highlightInArticle(page, sentence);
  await selectInArticle(page, secondSentence);
  await page.keyboard.press('h');
  const marks = article.locator('mark[data-highlight-id]');
  await expect(marks).toHaveCount(2);
  const cards = page.getByRole('region', { name: 'Highlights' }).getByRole('listitem');

  await marks.nth(1).click();
  await expect(cards.nth(1)).toBeFocused();
  await expect(cards.nth(1)).toBeInViewport();
  await cards
    .first()
    .getByRole('button', { name: /framing moved a great deal/ })
    .click();
  await expect(marks.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cards.first()).toBeFocused();

  const colours = cards.first().getByRole('group', { name: 'Highlight colour' });
  await expect(colours.getByRole('radio', { name: 'yellow' })).toBeChecked();
  const colourSaved = page.waitForResponse((response) => response.url().endsWith('/api/saveHighlight'));
  await colours.getByRole('radio', { name: 'green' }).check();
  await colourSaved;
  await expect(marks.first()).toHaveClass(/highlight-green/);

  const tagsSaved = page.waitForResponse((response) => response.url().endsWith('/api/saveHighlight'));
  await cards.first().getByRole('textbox', { name: 'Highlight tags' }).fill('framing, press');
  await cards.first().getByRole('textbox', { name: 'Highlight tags' }).press('Enter');
  await tagsSaved;
  const tagFilter = library.getByRole('combobox', { name: 'Tag' });
  await expect(tagFilter.getByRole('option', { name: 'framing (1)' })).toBeAttached();
  await expect(tagFilter.getByRole('option', { name: /^All tags \(\d+\)$/ })).toHaveText(
    `All tags (${(await tagFilter.getByRole('option').count()) - 1})`,
  );
  await tagFilter.selectOption('framing');
  await expect(library).toContainText('1 of 1 review');

  await page.reload();
  await expect(article.locator('mark[data-highlight-id]').first()).toHaveClass(/highlight-green/);
  await expect(cards.first().getByRole('radio', { name: 'green' })).toBeChecked();
  expect(app.refused).toEqual([]);
});
