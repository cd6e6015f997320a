import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { type BrowserHost, emptyArchive, refuseForeignRequests, startBrowserHost } from './browser-host.ts';

let host: BrowserHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

for (const theme of ['Light', 'Dark', 'Sepia'] as const) {
  test(`the reader has no serious or critical accessibility violations in the ${theme.toLowerCase()} theme`, async ({
    page,
  }) => {
    host = await startBrowserHost(await emptyArchive());
    const refused = await refuseForeignRequests(page, host.origin);
    await page.goto(host.url);
    await expect(page.getByRole('region', { name: 'References' }).getByRole('listitem')).toHaveCount(5);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: theme });
    await page.getByRole('textbox', { name: 'Note' }).fill('A note, so the preview and the delete button show.');
    await expect(page.getByRole('status')).toHaveText('Saved');
    await page.getByRole('textbox', { name: 'Note' }).blur();

    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      );
    expect(serious).toEqual([]);
    expect(refused).toEqual([]);
  });
}
