import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { highlightInArticle, selectInArticle } from './article-selection.ts';
import { refuseForeignRequests } from './browser-host.ts';
import { expect, test } from './fixtures.ts';

const sampleTitle = 'How the coastal papers covered the harbour strike';
const sentence = 'The facts barely moved between Monday and Friday; the framing moved a great deal.';
const secondSentence = 'Reading the outlets together is the only way to see the whole event.';
const comment = 'Framing, not facts: the thread of the whole review.';

test('a highlighted passage with a comment is in place after a reload and after theme and size changes', async ({
  page,
  app,
}) => {
  const article = page.getByRole('article', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(sampleTitle);

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
  const article = page.getByRole('article', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(sampleTitle);
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
