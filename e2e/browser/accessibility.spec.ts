import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Axe's serious and critical findings on the whole page, one line each: rule, help and the elements. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}

for (const theme of ['Light', 'Dark', 'Sepia'] as const) {
  test(`the reader has no serious or critical accessibility violations in the ${theme.toLowerCase()} theme`, async ({
    page,
    app,
  }) => {
    await expect(page.getByRole('region', { name: 'References' }).getByRole('listitem')).toHaveCount(5);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: theme });
    await page.getByRole('textbox', { name: 'Note' }).fill('A note, so the preview and the delete button show.');
    await expect(page.getByRole('status')).toHaveText('Saved');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Preview' }).click();
    await expect(page.getByRole('region', { name: 'Note preview' })).toBeVisible();

    expect(await seriousViolations(page)).toEqual([]);
    expect(app.refused).toEqual([]);
  });
}

for (const theme of ['Light', 'Dark'] as const) {
  test(`the Outlets dialog and one outlet's citing reviews have no serious or critical accessibility violations in the ${theme.toLowerCase()} theme`, async ({
    page,
    app,
  }) => {
    await expect(page.getByRole('region', { name: 'References' }).getByRole('listitem')).toHaveCount(5);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());

    await page.getByRole('button', { name: 'Outlets', exact: true }).click();
    const outlets = page.getByRole('dialog', { name: 'Outlets' });
    // The sample review a new archive starts with cites four outlets.
    const cited = outlets.getByRole('list', { name: 'Cited outlets' }).getByRole('button');
    await expect(cited).toHaveCount(4);
    expect(await seriousViolations(page)).toEqual([]);

    await cited.filter({ hasText: 'Radio Meridian' }).click();
    const citing = outlets.getByRole('list', { name: 'Reviews citing Radio Meridian' });
    await expect(citing.getByRole('button')).toHaveText(['How the coastal papers covered the harbour strike']);
    expect(await seriousViolations(page)).toEqual([]);
    expect(app.refused).toEqual([]);
  });
}

for (const theme of ['Light', 'Dark', 'Sepia'] as const) {
  test(`the All notes dialog has no serious or critical accessibility violations in the ${theme.toLowerCase()} theme`, async ({
    page,
    app,
  }) => {
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
    await page.getByRole('textbox', { name: 'Note' }).fill('A note, so the dialog lists an entry.');
    await expect(page.getByRole('status')).toHaveText('Saved');

    await page.getByRole('button', { name: 'All notes' }).click();
    const dialog = page.getByRole('dialog', { name: 'All notes' });
    await expect(dialog.getByRole('list', { name: 'Notes and highlights' }).getByRole('listitem')).toHaveCount(1);
    await dialog.getByRole('searchbox', { name: 'Search notes' }).fill('note');
    await expect(dialog.getByRole('button', { name: 'Clear filters' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(app.refused).toEqual([]);
  });
}
