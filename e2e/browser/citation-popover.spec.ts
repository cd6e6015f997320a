import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

test.use({
  sourceFiles: {
    'harbour.md': [
      '---',
      'title: Harbour week',
      'date: 2024-03-01',
      'references:',
      `  - 'Ada Quill, "Strike begins at the port", Reuters, 30 August 2002'`,
      `  - '"Ferries cancelled", BBC, 31 August 2002'`,
      '---',
      '',
      'The [port authority](https://port.example.org/) said little, though the wires had it first',
      '([August 30, Reuters](#ref-1)) and the ferries stopped a day later [2](#ref-2).',
      '',
      ...Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} keeps the reference list out of sight.\n`),
    ].join('\n'),
  },
});

const strike = 'Ada Quill, “Strike begins at the port”, Reuters, 30 August 2002';

async function openHarbour(page: Page) {
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /Harbour week/ })
    .click();
  const body = page.getByRole('article', { name: 'Article' }).locator('.article-body');
  await expect(body.getByRole('link', { name: 'August 30, Reuters' })).toHaveAttribute('data-citation', '1');
  return body;
}

/** Lets the page use the clipboard, opens the harbour review, and finds the popover of reference 1. */
async function openHarbourWithClipboard(page: Page, context: BrowserContext, origin: string) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const body = await openHarbour(page);
  return { body, popover: page.getByRole('dialog', { name: 'Reference 1' }) };
}

/** Axe's serious and critical findings on the whole page. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('citation links look unlike outside links and carry their entry’s number', async ({ page, app }) => {
  const body = await openHarbour(page);
  const citation = body.getByRole('link', { name: 'August 30, Reuters' });
  const outside = body.getByRole('link', { name: 'port authority' });
  const look = (link: typeof citation) =>
    link.evaluate((node) => {
      const style = getComputedStyle(node);
      const number = getComputedStyle(node, '::after');
      return { color: style.color, line: style.textDecorationStyle, number: number.content };
    });
  const textColor = await body.evaluate((node) => getComputedStyle(node).color);
  const cited = await look(citation);
  const web = await look(outside);
  expect(cited.line).toBe('dotted');
  expect(web.line).toBe('solid');
  expect(cited.color).toBe(textColor);
  expect(web.color).not.toBe(textColor);
  expect(cited.number).toContain('1');
  // A link that is only the number is raised itself, with no second number.
  const mark = body.getByRole('link', { name: '2', exact: true });
  await expect(mark).toHaveAttribute('data-citation-mark', '');
  expect(await mark.evaluate((node) => getComputedStyle(node).verticalAlign)).toBe('super');
  expect(app.refused).toEqual([]);
});

test('hovering a citation shows its reference, whose Copy citation copies it; Escape closes it', async ({
  page,
  context,
  host,
  app,
}) => {
  const { body, popover } = await openHarbourWithClipboard(page, context, host.origin);

  await body.getByRole('link', { name: 'August 30, Reuters' }).hover();
  await expect(popover).toBeVisible();
  await expect(popover).toContainText(strike);
  await popover.getByRole('button', { name: 'Copy citation' }).click();
  await expect(popover).toContainText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(strike);

  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();

  await body.getByRole('link', { name: '2', exact: true }).hover();
  await expect(page.getByRole('dialog', { name: 'Reference 2' })).toContainText('“Ferries cancelled”, BBC');
  await page.mouse.move(5, 5);
  await expect(page.getByRole('dialog', { name: 'Reference 2' })).toBeHidden();
  expect(app.refused).toEqual([]);
});

test('the keyboard opens a citation’s reference, enters it to copy, and Escape hands the focus back', async ({
  page,
  context,
  host,
  app,
}) => {
  const { body, popover } = await openHarbourWithClipboard(page, context, host.origin);
  const citation = body.getByRole('link', { name: 'August 30, Reuters' });

  await body.getByRole('link', { name: 'port authority' }).focus();
  await page.keyboard.press('Tab');
  await expect(citation).toBeFocused();
  await expect(popover).toContainText(strike);
  for (const theme of ['light', 'dark', 'sepia']) {
    await page.evaluate(async (name) => {
      document.documentElement.setAttribute('data-theme', name);
      // Buttons fade to the theme's colours; axe measures them once they are there.
      await Promise.all(document.getAnimations().map((animation) => animation.finished));
    }, theme);
    expect(await seriousViolations(page)).toEqual([]);
  }

  await page.keyboard.press('Tab');
  const copy = popover.getByRole('button', { name: 'Copy citation' });
  await expect(copy).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(popover).toContainText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(strike);

  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(citation).toBeFocused();

  // Tab from the popover goes on to the next link in the text.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(popover).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(copy).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(body.getByRole('link', { name: '2', exact: true })).toBeFocused();
  await expect(popover).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'Reference 2' })).toBeVisible();
  expect(app.refused).toEqual([]);
});

test('following a citation offers Back to text beside the entry it led to', async ({ page, app }) => {
  const body = await openHarbour(page);
  const citation = body.getByRole('link', { name: 'August 30, Reuters' });
  await citation.click();
  await expect(page.locator('#ref-1')).toBeInViewport();
  const back = page.locator('#ref-1').getByRole('button', { name: 'Back to the citation' });
  await expect(back).toHaveText(/Back to text/);
  await expect(page.locator('#ref-2').getByRole('button', { name: 'Back to the citation' })).toHaveCount(0);
  const [entry, button] = await Promise.all([page.locator('#ref-1').boundingBox(), back.boundingBox()]);
  expect(button && entry && button.y < entry.y + entry.height && button.y >= entry.y).toBe(true);

  await back.click();
  await expect(citation).toBeFocused();
  await expect(citation).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Back to the citation' })).toHaveCount(0);
  expect(app.refused).toEqual([]);
});
