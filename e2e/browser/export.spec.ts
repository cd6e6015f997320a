import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { importSources } from './browser-host.ts';
import { expect, test } from './fixtures.ts';

const sampleTitle = 'How the coastal papers covered the harbour strike';

/** Chooses `label` in the open review's Export menu and answers with the file the browser downloaded. */
async function exportAs(page: Page, label: string): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: label }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

test('the open review exports as Markdown with its note, and its references as BibTeX and RIS', async ({
  page,
  app,
}) => {
  await expect(page.getByRole('article', { name: 'Article' }).getByRole('heading', { level: 1 })).toHaveText(
    sampleTitle,
  );
  await page.getByRole('textbox', { name: 'Note' }).fill('The Ledger let the workers speak.');
  await expect(page.getByRole('status')).toHaveText('Saved');

  const markdown = await exportAs(page, 'Markdown with notes and highlights (.md)');
  expect(markdown.name).toBe(`${sampleTitle}.md`);
  const front = parseYaml(markdown.text.split(/^---$/m)[1] ?? '') as { title: string };
  expect(front.title).toBe(sampleTitle);
  expect(markdown.text).toContain('The Ledger let the workers speak.');

  const bibtex = await exportAs(page, 'References as BibTeX (.bib)');
  expect(bibtex.name).toBe('references.bib');
  expect(bibtex.text).toContain('Dock workers walk out over night shifts');
  const ris = await exportAs(page, 'References as RIS (.ris)');
  expect(ris.text).toMatch(/^TY {2}- /m);

  // Keyboard: the menu opens from its button, arrows move, Escape closes it and gives the focus back.
  const button = page.getByRole('button', { name: 'Export…' });
  await page.mouse.move(0, 0);
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem').first()).toBeFocused();
  await page.screenshot({ path: path.resolve(import.meta.dirname, '..', 'screenshots', 'export.png') });
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: 'Print or save as PDF…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu', { name: 'Export' })).toHaveCount(0);
  await expect(button).toBeFocused();
  expect(app.refused).toEqual([]);
});

test('printed, the page shows the review alone: its header, text and references, no panes or controls', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  const article = page.getByRole('article', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(sampleTitle);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Notes' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export…' })).toBeHidden();
  await expect(article.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'References' }).getByRole('listitem')).toHaveCount(5);
  const articleBox = await article.boundingBox();
  expect(articleBox?.x ?? 99).toBeLessThan(60);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

test('with "Whole series" checked, the references of every review in the series come out in one file', async ({
  page,
  archive,
  startHost,
}) => {
  const issues = [1, 2].map((issue) => [
    `harbour-${issue}.md`,
    [
      '---',
      `title: "Harbour week ${issue}"`,
      'series: Harbour Watch',
      `issue: ${issue}`,
      'references:',
      `  - '"Cranes stand still, day ${issue}", Quay Courier, ${issue} March 2025'`,
      '---',
      '',
      `The strike, week ${issue}.`,
    ].join('\n'),
  ]);
  await importSources(archive, Object.fromEntries(issues));
  const host = await startHost();
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Library' }).getByText('Harbour week 2').click();
  await expect(page.getByRole('article', { name: 'Article' }).getByRole('heading', { level: 1 })).toHaveText(
    'Harbour week 2',
  );
  await page.getByRole('button', { name: 'Export…' }).click();
  const whole = page.getByRole('menuitemcheckbox', { name: 'Whole series: Harbour Watch (2 reviews)' });
  await whole.click();
  await expect(whole).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('menuitem', { name: 'Print or save as PDF…' })).toBeDisabled();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'References as RIS (.ris)' }).click();
  const ris = await readFile(await (await downloading).path(), 'utf8');
  expect(ris.match(/^TI {2}- Harbour week \d$/gm)).toEqual(['TI  - Harbour week 1', 'TI  - Harbour week 2']);
  expect(ris).toContain('Cranes stand still, day 1');
  expect(ris).toContain('Cranes stand still, day 2');
});
