import { selectInArticle } from './article-selection.ts';
import { expect, test } from './fixtures.ts';

const sampleTitle = 'How the coastal papers covered the harbour strike';
// Cut inside "facts" and inside "Monday", as a quick drag would.
const cutSelection = 'cts barely moved between Mon';
const wholeWords = 'facts barely moved between Monday';

test('a selection cut inside words is saved, drawn and listed as the whole words', async ({ page, app }) => {
  const article = page.getByRole('article', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(sampleTitle);

  await selectInArticle(page, cutSelection);
  const saved = page.waitForResponse((response) => response.url().endsWith('/api/saveHighlight'));
  await page
    .getByRole('toolbar', { name: 'Highlight the selection' })
    .getByRole('button', { name: 'Highlight' })
    .first()
    .click();
  const request = (await saved).request().postDataJSON() as { selector: { quote: { exact: string } } };
  expect(request.selector.quote.exact).toBe(wholeWords);
  await expect(article.locator('mark[data-highlight-id]')).toHaveText(wholeWords);

  const highlights = page.getByRole('complementary', { name: 'Notes' }).getByRole('region', { name: 'Highlights' });
  await expect(highlights.getByRole('button', { name: `yellow highlight: ${wholeWords}`, exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'All notes' }).click();
  const dialog = page.getByRole('dialog', { name: 'All notes' });
  const entries = dialog.getByRole('list', { name: 'Notes and highlights' }).getByRole('listitem');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText(wholeWords);
  await expect(entries.first()).not.toContainText(`${cutSelection}.`);
  expect(app.refused).toEqual([]);
});
