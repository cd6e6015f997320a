import { expect, type Page } from '@playwright/test';

/** Selects `text` inside the article body the way a reader's drag would, through the Selection API. */
export async function selectInArticle(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const body = document.querySelector('.article-body');
    if (!body) throw new Error('The article body is not on the page.');
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in one text node of the article.`);
  }, text);
}

/** Selects `text` in the article, presses Highlight in the toolbar that appears, and waits for the mark. */
export async function highlightInArticle(page: Page, text: string): Promise<void> {
  await selectInArticle(page, text);
  await page
    .getByRole('toolbar', { name: 'Highlight the selection' })
    .getByRole('button', { name: 'Highlight' })
    .first()
    .click();
  await expect(page.getByRole('article', { name: 'Article' }).locator('mark[data-highlight-id]')).toHaveText(text);
}
