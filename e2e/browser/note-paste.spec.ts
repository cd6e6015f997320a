import type { BrowserContext, Locator, Page } from '@playwright/test';
import { type BrowserHost, refuseForeignRequests } from './browser-host.ts';
import { expect, test } from './fixtures.ts';

test.use({ sourceFiles: { 'harbour.md': '---\ntitle: Harbour week\n---\nThe strike went on.\n' } });

const copiedFromPage =
  '<meta charset="utf-8"><p>The <strong>Ledger</strong> ran <a href="https://news.example/strike">the story</a>' +
  '<img src="https://img.example/x.png" onerror="window.__offprintPwned = true">' +
  '<script>window.__offprintPwned = true</script>.</p><ul><li>cranes</li><li>ships</li></ul>';

/** Opens the host's one review and answers its note editor, focused once it can be edited. */
async function openNote(
  page: Page,
  context: BrowserContext,
  host: BrowserHost,
): Promise<{ editor: Locator; refused: string[] }> {
  const refused = await refuseForeignRequests(page, host.origin);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Library' }).getByText('Harbour week').click();
  const editor = page.getByRole('textbox', { name: 'Note' });
  // The note is read-only until its review's note has loaded; a paste before that would go nowhere.
  await expect(editor).toBeEditable();
  await editor.click();
  return { editor, refused };
}

test('HTML copied from a page pastes into a note as clean Markdown, and undo takes it back', async ({
  page,
  context,
  host,
}) => {
  // A second Trusted Types policy, or HTML put into the page without one, shows here as a console error.
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const { editor, refused } = await openNote(page, context, host);
  await editor.pressSequentially('Seen: ');
  await page.evaluate(async (html) => {
    const item = new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob(['The Ledger ran the story.'], { type: 'text/plain' }),
    });
    await navigator.clipboard.write([item]);
  }, copiedFromPage);
  await page.keyboard.press('Control+V');
  await expect(editor).toHaveValue(
    'Seen: The **Ledger** ran [the story](https://news.example/strike).\n\n-   cranes\n-   ships',
  );
  await expect(page.getByRole('status')).toHaveText('Saved');

  await page.keyboard.press('Control+Z');
  await expect(editor).toHaveValue('Seen: ');
  await page.keyboard.press('Control+Shift+Z');
  await expect(editor).toHaveValue(/\[the story\]\(https:\/\/news\.example\/strike\)/);

  await page.getByRole('tab', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'Note preview' });
  await expect(preview.getByRole('link', { name: 'the story' })).toHaveAttribute('href', 'https://news.example/strike');
  await expect(preview.getByRole('listitem')).toHaveCount(2);
  await expect(preview.locator('img, script')).toHaveCount(0);
  expect(await page.evaluate(() => Reflect.get(window, '__offprintPwned'))).toBeUndefined();

  await page.reload();
  await page.getByRole('navigation', { name: 'Library' }).getByText('Harbour week').click();
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue(/^Seen: The \*\*Ledger\*\*/);
  expect(refused).toEqual([]);
  expect(errors).toEqual([]);
});

test('plain text pastes as it is, and HTML too large to convert pastes as its plain text', async ({
  page,
  context,
  host,
}) => {
  const { editor } = await openNote(page, context, host);
  await page.evaluate(() => navigator.clipboard.writeText('<b>kept as typed</b> *and* this'));
  await page.keyboard.press('Control+V');
  await expect(editor).toHaveValue('<b>kept as typed</b> *and* this');

  await editor.fill('');
  await page.evaluate(async () => {
    const html = `<p>${'<b>word</b> '.repeat(100_000)}</p>`;
    const item = new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob(['the words as plain text'], { type: 'text/plain' }),
    });
    await navigator.clipboard.write([item]);
  });
  await page.keyboard.press('Control+V');
  await expect(editor).toHaveValue('the words as plain text');
});
