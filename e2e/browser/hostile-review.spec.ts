import { refuseForeignRequests } from './browser-host.ts';
import { expect, test } from './fixtures.ts';

const hostileTitle = '<img src=x onerror="window.pwned=1">Hostile <b>title</b>';
const hostileReview = `---
title: '${hostileTitle}'
series: '<script>window.pwned=2</script>'
issue: 1
authors:
  - '<svg onload="window.pwned=3">'
---
Text <img src="x" onerror="window.pwned=4"> and <script>window.pwned=5</script>.

[a javascript link](javascript:window.pwned=6) and <a href="http://127.0.0.2:9/away">a web link</a>.

<iframe src="javascript:window.pwned=7"></iframe>
<img src="http://127.0.0.2:9/pixel.png">
<form action="http://127.0.0.2:9/"><button>Send</button></form>
<div style="background:url(http://127.0.0.2:9/bg.png)">styled</div>
`;

test.use({ sourceFiles: { 'hostile.md': hostileReview } });

test('a hostile review imported from a file runs nothing, requests nothing, and shows its title as text', async ({
  page,
  host,
}) => {
  const refused = await refuseForeignRequests(page, host.origin);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Library' }).getByText(hostileTitle).click();

  const article = page.getByRole('article', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(hostileTitle);
  await expect(article).toContainText('a web link');
  // The app's own controls in the article (the read mark's button) are not content.
  const content = article.locator('.article-header :is(h1, p:not(.read-toggle)), .article-body');
  expect(await content.locator('script, iframe, form, button, svg, [style], [onerror], [onload]').count()).toBe(0);
  expect(await article.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(await article.locator('img[src^="http"]').count()).toBe(0);
  await expect(page).toHaveTitle(`${hostileTitle} — Offprint`);

  expect(await page.evaluate(() => Reflect.get(globalThis, 'pwned'))).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(refused).toEqual([]);
});
