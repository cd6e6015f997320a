import type { Page } from '@playwright/test';
import { shortcuts, shortcutsByGroup } from '../../renderer/commands/shortcuts.ts';
import type { SourceFiles } from './browser-host.ts';
import { expect, test } from './fixtures.ts';
import { readerReady, reviewSource } from './reader-steps.ts';

/** Issues 1–3 of one series; issue 2 has a footnote and a citation of reference 1. */
function seriesFiles(): SourceFiles {
  return Object.fromEntries(
    [1, 2, 3].map((issue) => [
      `week-${issue}.md`,
      reviewSource(
        [`title: "Week ${issue} in the press"`, 'series: Press Week', `issue: ${issue}`, `date: 2025-02-0${issue}`],
        [
          `The papers this week[^1] were busy, as one report noted [1](#ref-1).`,
          '',
          ...Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} of the review keeps the reader scrolling.\n`),
          '[^1]: Counted from the front pages only.',
          '',
          '## References',
          '',
          '1. Reuters. "Markets calm". Reuters, 2025-02-01.',
          '',
        ],
      ),
    ]),
  );
}

test.use({ sourceFiles: seriesFiles() });

const article = (page: Page) => page.getByRole('article', { name: 'Article' });
const heading = (page: Page) => article(page).getByRole('heading', { level: 1 });

test('typeface and line spacing change the article at once and persist across a reload', async ({ page, app }) => {
  await readerReady(page);
  const body = article(page);
  const serifFamily = await body.evaluate((node) => getComputedStyle(node).fontFamily);
  const comfortable = await body.evaluate((node) => Number.parseFloat(getComputedStyle(node).lineHeight));

  await page.getByRole('combobox', { name: 'Typeface' }).selectOption('sans');
  await page.getByRole('combobox', { name: 'Line spacing' }).selectOption('loose');
  await expect.poll(() => body.evaluate((node) => getComputedStyle(node).fontFamily)).not.toBe(serifFamily);
  await expect
    .poll(() => body.evaluate((node) => Number.parseFloat(getComputedStyle(node).lineHeight)))
    .toBeGreaterThan(comfortable);

  await page.reload();
  await readerReady(page);
  await expect(page.getByRole('combobox', { name: 'Typeface' })).toHaveValue('sans');
  await expect(page.getByRole('combobox', { name: 'Line spacing' })).toHaveValue('loose');
  await expect(page.locator('html')).toHaveAttribute('data-typeface', 'sans');
  await expect(page.locator('html')).toHaveAttribute('data-line-height', 'loose');
  expect(app.refused).toEqual([]);
});

test('a citation link jumps to its reference and the way back returns to the citation', async ({ page, app }) => {
  await readerReady(page);
  const citation = article(page).locator('.article-body a[href="#ref-1"]');
  await citation.click();
  await expect(page.locator('#ref-1')).toBeInViewport();
  const back = page.getByRole('button', { name: 'Back to the citation' });
  await expect(back).toHaveText(/Back to text/);
  await back.click();
  await expect(citation).toBeFocused();
  await expect(citation).toBeInViewport();
  await expect(back).toHaveCount(0);
  expect(app.refused).toEqual([]);
});

test('a footnote opens in place next to its mark and closes with Escape or a click elsewhere', async ({
  page,
  app,
}) => {
  await readerReady(page);
  const mark = article(page).locator('.article-body a[data-footnote-ref]');
  await mark.click();
  const popover = page.getByRole('note', { name: /^Footnote/ });
  await expect(popover).toHaveText('Counted from the front pages only.');
  await expect(popover).toBeInViewport();
  await expect(mark).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);

  await mark.click();
  await expect(popover).toBeVisible();
  await heading(page).click();
  await expect(popover).toHaveCount(0);
  await expect(article(page).locator('.article-body .footnotes')).toContainText('Counted from the front pages only.');
  expect(app.refused).toEqual([]);
});

test('previous and next issue buttons and the [ ] keys move within the series', async ({ page, app }) => {
  const library = page.getByRole('navigation', { name: 'Library' });
  await library.getByRole('button', { name: /Week 2 in the press/ }).click();
  await expect(heading(page)).toHaveText('Week 2 in the press');
  const series = article(page).getByRole('navigation', { name: 'Series' });

  await series.getByRole('button', { name: /Next issue/ }).click();
  await expect(heading(page)).toHaveText('Week 3 in the press');
  await expect(series.getByRole('button', { name: /Next issue/ })).toBeDisabled();
  await series.getByRole('button', { name: /Previous issue/ }).click();
  await expect(heading(page)).toHaveText('Week 2 in the press');

  await heading(page).click();
  await page.keyboard.press('[');
  await expect(heading(page)).toHaveText('Week 1 in the press');
  await expect(series.getByRole('button', { name: /Previous issue/ })).toBeDisabled();
  await page.keyboard.press(']');
  await expect(heading(page)).toHaveText('Week 2 in the press');
  expect(app.refused).toEqual([]);
});

test('the ? key lists every shortcut of the one table, under its headings, and Escape closes the list', async ({
  page,
  app,
}) => {
  await readerReady(page);
  await heading(page).click();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  const groups = shortcutsByGroup();
  expect(groups.map(({ group }) => group)).toEqual(expect.arrayContaining(['Library', 'Reading', 'Notes']));
  await expect(dialog.getByRole('heading', { level: 3 })).toHaveText(groups.map(({ group }) => group));
  await expect(dialog.locator('kbd')).toHaveCount(shortcuts.length);
  for (const { group, rows } of groups) {
    const section = dialog.getByRole('region', { name: group });
    await expect(section.locator('kbd')).toHaveText(rows.map((row) => row.keys));
    await expect(section.locator('dd')).toHaveText(rows.map((row) => row.action));
  }
  const notesGroup = dialog.getByRole('region', { name: 'Notes' });
  await expect(notesGroup.getByText('Write a note on the open review')).toBeVisible();
  await expect(notesGroup.getByText('Leave the note, so the keys here work again')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(app.refused).toEqual([]);
});

test('the n key moves to the note, where every shortcut key is plain text, and the note saves', async ({
  page,
  app,
}) => {
  await readerReady(page);
  const title = await heading(page).textContent();
  const note = page.getByRole('textbox', { name: 'Note' });
  await expect(note).toBeEditable();

  await heading(page).click();
  await page.keyboard.press('n');
  await expect(note).toBeFocused();
  await expect(note).toBeInViewport();
  const text = 'Check j, k, [ and ] in week two; n, h, / and ? too.';
  await page.keyboard.type(text);
  await expect(note).toHaveValue(text);
  await expect(heading(page)).toHaveText(title ?? '');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue(text);
  expect(app.refused).toEqual([]);
});
