import path from 'node:path';
import type { Page } from '@playwright/test';
import { highlightInArticle } from './article-selection.ts';
import { expect, test } from './fixtures.ts';

const screenshot = path.resolve(import.meta.dirname, '..', 'screenshots', 'all-notes.png');
const sampleTitle = 'How the coastal papers covered the harbour strike';
const radioTitle = 'Radio and the price of bread';
const sentence = 'The facts barely moved between Monday and Friday; the framing moved a great deal.';
const comment = 'Framing, not facts: the thread of the whole review.';
const note = 'Listen again to the Tuesday phone-in on fuel prices.';

// A new archive holds the sample review; this adds a second one in another series.
test.use({
  sourceFiles: {
    'radio.md': [
      '---',
      `title: ${radioTitle}`,
      'series: Monthly Radio Notes',
      'issue: 3',
      'date: 2024-04-02',
      'authors:',
      '  - name: Ilse Moreau',
      '---',
      '',
      'The morning phone-in shows spent the month on the price of bread and fuel.',
      '',
    ].join('\n'),
  },
});

/** Opens a review from the library and waits for its heading. */
async function openFromLibrary(page: Page, title: string): Promise<void> {
  await page
    .getByRole('list', { name: 'Reviews' })
    .getByRole('button', { name: new RegExp(title) })
    .click();
  await expect(page.getByRole('article', { name: 'Article' }).getByRole('heading', { level: 1 })).toHaveText(title);
}

/** Highlights the sample's sentence with a comment, then writes a note on the radio review, both through the UI. */
async function writeHighlightAndNote(page: Page): Promise<void> {
  await openFromLibrary(page, sampleTitle);
  await highlightInArticle(page, sentence);
  const panel = page.getByRole('complementary', { name: 'Notes' });
  const commentSaved = page.waitForResponse((response) => response.url().endsWith('/api/saveHighlight'));
  await panel.getByRole('textbox', { name: 'Comment on highlight' }).fill(comment);
  await commentSaved;

  await openFromLibrary(page, radioTitle);
  await panel.getByRole('textbox', { name: 'Note', exact: true }).fill(note);
  await expect(panel.getByRole('status')).toHaveText('Saved');
}

test('all notes lists highlights and notes across reviews, filters them and opens a highlight at its mark', async ({
  page,
  app,
}) => {
  await writeHighlightAndNote(page);

  await page.getByRole('button', { name: 'All notes' }).click();
  const dialog = page.getByRole('dialog', { name: 'All notes' });
  const entries = dialog.getByRole('list', { name: 'Notes and highlights' }).getByRole('listitem');
  await expect(dialog.getByRole('heading', { name: 'All notes' })).toBeFocused();
  await expect(entries).toHaveCount(2);
  await expect(dialog.getByRole('status')).toHaveText('2 of 2 notes');
  await expect(entries.nth(0)).toContainText(radioTitle);
  await expect(entries.nth(0)).toContainText('Monthly Radio Notes #3');
  await expect(entries.nth(0)).toContainText(note);
  await expect(entries.nth(1)).toContainText(sampleTitle);
  await expect(entries.nth(1)).toContainText('Yellow highlight');
  await expect(entries.nth(1)).toContainText(sentence);
  await expect(entries.nth(1)).toContainText(comment);
  await page.screenshot({ path: screenshot });

  await dialog.getByRole('combobox', { name: 'Kind' }).selectOption('highlight');
  await expect(dialog.getByRole('status')).toHaveText('1 of 2 notes');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText(sampleTitle);
  await expect(dialog.getByRole('combobox', { name: 'Colour' })).toContainText('Yellow (1)');

  await dialog.getByRole('combobox', { name: 'Kind' }).selectOption('');
  await dialog.getByRole('searchbox', { name: 'Search notes' }).fill('PHONE-IN');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText(radioTitle);
  await dialog.getByRole('searchbox', { name: 'Search notes' }).fill('framing coastal');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText(sampleTitle);
  await dialog.getByRole('searchbox', { name: 'Search notes' }).fill('nothing like this');
  await expect(dialog.getByText('No note or highlight matches these filters.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Clear filters' }).click();
  await expect(entries).toHaveCount(2);

  await dialog.getByRole('combobox', { name: 'Kind' }).selectOption('highlight');
  await entries.first().getByRole('button').click();
  await expect(dialog).toBeHidden();
  const article = page.getByRole('article', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(sampleTitle);
  await expect(article.locator('mark[data-highlight-id]')).toBeFocused();
  await expect(article.locator('mark[data-highlight-id]')).toBeInViewport();
  expect(app.refused).toEqual([]);
});

test('all notes is worked with the keyboard, follows changes made elsewhere and opens a note at its editor', async ({
  page,
  host,
  app,
}) => {
  await writeHighlightAndNote(page);
  await openFromLibrary(page, sampleTitle);

  const opener = page.getByRole('button', { name: 'All notes' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'All notes' });
  await expect(dialog.getByRole('heading', { name: 'All notes' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('combobox', { name: 'Kind' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  await opener.click();
  const entries = dialog.getByRole('list', { name: 'Notes and highlights' }).getByRole('listitem');
  await expect(entries).toHaveCount(2);

  // A second window on the same archive changes the note; the open dialog follows.
  const other = await page.context().newPage();
  await other.goto(host.url);
  await openFromLibrary(other, radioTitle);
  const otherNote = other
    .getByRole('complementary', { name: 'Notes' })
    .getByRole('textbox', { name: 'Note', exact: true });
  await otherNote.fill('Ask the phone-in producers about their callers.');
  await expect(other.getByRole('complementary', { name: 'Notes' }).getByRole('status')).toHaveText('Saved');
  await expect(entries.first()).toContainText('Ask the phone-in producers about their callers.');
  await other.close();

  await entries.first().getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('article', { name: 'Article' }).getByRole('heading', { level: 1 })).toHaveText(
    radioTitle,
  );
  const editor = page.getByRole('complementary', { name: 'Notes' }).getByRole('textbox', { name: 'Note', exact: true });
  await expect(editor).toBeFocused();
  await expect(editor).toHaveValue('Ask the phone-in producers about their callers.');
  expect(app.refused).toEqual([]);
});
