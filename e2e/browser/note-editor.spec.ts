import type { Page } from '@playwright/test';
import type { SourceFiles } from './browser-host.ts';
import { expect, test } from './fixtures.ts';
import { readerReady, reviewSource } from './reader-steps.ts';

// Every journey here opens the reader first, and none of them may reach beyond the app's own origin.
test.beforeEach(({ app }) => expect(app.refused).toEqual([]));
test.afterEach(({ app }) => expect(app.refused).toEqual([]));

/** Three short reviews, so j and k have somewhere to go. */
function threeReviews(): SourceFiles {
  return Object.fromEntries(
    [1, 2, 3].map((day) => [
      `review-${day}.md`,
      reviewSource([`title: "Review of day ${day}"`, `date: 2025-03-0${day}`], [`What the papers said on day ${day}.`]),
    ]),
  );
}

test.use({ sourceFiles: threeReviews() });

const heading = (page: Page) => page.getByRole('article', { name: 'Article' }).getByRole('heading', { level: 1 });
const notes = (page: Page) => page.getByRole('complementary', { name: 'Notes' });
const noteBox = (page: Page) => notes(page).getByRole('textbox', { name: 'Note' });
const tab = (page: Page, name: 'Edit' | 'Preview') => notes(page).getByRole('tab', { name });

test('Escape leaves the note and hands the keys back: j then opens the next review and types nothing', async ({
  page,
}) => {
  await readerReady(page);
  const first = (await heading(page).textContent()) ?? '';
  const box = noteBox(page);
  await expect(box).toBeEditable();

  await heading(page).click();
  await page.keyboard.press('n');
  await expect(box).toBeFocused();
  const text = 'Compare the front pages; j and k read as letters here.';
  await page.keyboard.type(text);
  await expect(box).toHaveValue(text);
  await expect(notes(page).getByRole('status')).toHaveText('Saved');

  await page.keyboard.press('Escape');
  await expect(box).not.toBeFocused();
  await expect(tab(page, 'Edit')).toBeFocused();
  await page.keyboard.press('j');
  await expect(heading(page)).not.toHaveText(first);
  await expect(box).toHaveValue('');

  await page.keyboard.press('k');
  await expect(heading(page)).toHaveText(first);
  await expect(box).toHaveValue(text);
  await page.reload();
  await expect(noteBox(page)).toHaveValue(text);
});

test('the note shows either as Markdown to edit or rendered, never both, and the switch works by keyboard', async ({
  page,
}) => {
  await readerReady(page);
  const box = noteBox(page);
  const preview = notes(page).getByRole('region', { name: 'Note preview' });
  await expect(tab(page, 'Edit')).toHaveAttribute('aria-selected', 'true');
  await box.fill('The **Ledger** led; see [the wire](https://news.example/wire).');
  await expect(notes(page).getByRole('status')).toHaveText('Saved');
  await box.blur();
  await expect(preview).toHaveCount(0);

  await tab(page, 'Preview').click();
  await expect(tab(page, 'Preview')).toHaveAttribute('aria-selected', 'true');
  await expect(box).toBeHidden();
  await expect(preview.locator('strong')).toHaveText('Ledger');
  await expect(preview.getByRole('link', { name: 'the wire' })).toHaveAttribute('href', 'https://news.example/wire');
  await expect(notes(page).getByText('The **Ledger** led')).toHaveCount(0);

  await tab(page, 'Preview').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tab(page, 'Edit')).toBeFocused();
  await expect(tab(page, 'Edit')).toHaveAttribute('aria-selected', 'true');
  await expect(box).toBeVisible();
  await expect(preview).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(tab(page, 'Preview')).toBeFocused();
  await expect(preview).toBeVisible();

  // The view stays as chosen on the next review; with no note there is nothing to render.
  await page.keyboard.press('j');
  await expect(notes(page).getByText('Nothing to preview yet.')).toBeVisible();
  await expect(box).toBeHidden();

  // n switches to Edit and moves into the box, wherever the reader is.
  await heading(page).click();
  await page.keyboard.press('n');
  await expect(tab(page, 'Edit')).toHaveAttribute('aria-selected', 'true');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('');
});
