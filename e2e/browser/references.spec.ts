import path from 'node:path';
import type { Page } from '@playwright/test';
import { refuseForeignRequests, type SourceFiles } from './browser-host.ts';
import { expect, test } from './fixtures.ts';

const screenshot = path.resolve(import.meta.dirname, '..', 'screenshots', 'references.png');

const reviews = {
  'harbour.md': {
    title: 'Harbour week',
    date: '2024-03-01',
    references: [
      'Ada Quill, "Strike begins at the port", Reuters, 30 August 2002',
      '"Ferries cancelled", BBC, 31 August 2002',
    ],
  },
  'bread.md': {
    title: 'Bread and fuel',
    date: '2024-03-08',
    references: [
      'Ada Quill, "Strike begins at the port", Reuters, 30 August 2002',
      '"Shelves empty", Reuters, 2 September 2002',
    ],
  },
  'talks.md': {
    title: 'Talks at last',
    date: '2024-03-15',
    references: ['"Port offers talks", Reuters, 5 September 2002'],
  },
};

/** Three reviews: all cite Reuters (4 references), two cite the same "Strike begins at the port". */
function reviewFiles(): SourceFiles {
  const files: SourceFiles = {};
  for (const [name, review] of Object.entries(reviews)) {
    files[name] = [
      '---',
      `title: ${review.title}`,
      `date: ${review.date}`,
      'references:',
      ...review.references.map((line) => `  - '${line}'`),
      '---',
      '',
      `What the press said in ${review.title.toLowerCase()}.`,
      '',
    ].join('\n');
  }
  return files;
}

test.use({ sourceFiles: reviewFiles() });

const heading = (page: Page) => page.getByRole('article', { name: 'Article' }).getByRole('heading', { level: 1 });

test('references show other reviews citing them, copy a citation, and the outlets view opens citing reviews', async ({
  page,
  context,
  host,
}) => {
  const refused = await refuseForeignRequests(page, host.origin);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  await page.goto(host.url);

  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /Harbour week/ })
    .click();
  await expect(heading(page)).toHaveText('Harbour week');
  const references = page.getByRole('region', { name: 'References' });
  const strike = references.getByRole('listitem').filter({ hasText: 'Strike begins at the port' }).first();
  const alsoCited = strike.getByRole('list', { name: 'Also cited in' });
  await expect(alsoCited.getByRole('button')).toHaveText(['Bread and fuel']);
  const otherReuters = strike.getByRole('list', { name: 'Other reviews citing Reuters (2)' });
  await expect(otherReuters.getByRole('button')).toHaveText(['Talks at last', 'Bread and fuel']);

  await strike.getByRole('button', { name: 'Copy citation' }).click();
  await expect(strike.locator('.copy-status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe('Ada Quill, “Strike begins at the port”, Reuters, 30 August 2002');
  await page.screenshot({ path: screenshot, fullPage: true });

  await alsoCited.getByRole('button', { name: 'Bread and fuel' }).click();
  await expect(heading(page)).toHaveText('Bread and fuel');

  await page.getByRole('button', { name: 'Outlets', exact: true }).click();
  const outlets = page.getByRole('dialog', { name: 'Outlets' });
  await expect(outlets.getByRole('list', { name: 'Cited outlets' }).getByRole('button')).toHaveText([
    'Reuters 4',
    'BBC 1',
    // The sample review a new archive starts with cites these.
    'Coastal Wire Service 1',
    'Harbour Evening Post 1',
    'Northern Ledger 1',
    'Radio Meridian 1',
  ]);
  await page.keyboard.press('Escape');
  await expect(outlets).toBeHidden();

  await page.getByRole('button', { name: 'Outlets', exact: true }).focus();
  await page.keyboard.press('Enter');
  await outlets.getByRole('button', { name: 'BBC 1' }).focus();
  await page.keyboard.press('Enter');
  const citingBbc = outlets.getByRole('list', { name: 'Reviews citing BBC' });
  await expect(citingBbc.getByRole('button')).toHaveText(['Harbour week']);
  await expect(outlets.getByRole('heading', { name: 'Reviews citing BBC' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(citingBbc.getByRole('button', { name: 'Harbour week' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(outlets).toBeHidden();
  await expect(heading(page)).toHaveText('Harbour week');

  expect(refused).toEqual([]);
});
