import type { Request } from '@playwright/test';
import { refuseForeignRequests } from './browser-host.ts';
import { expect, test } from './fixtures.ts';

const liveBlog = 'https://courier.example.com/live/spring-budget';

/** A weekly column as a reader would save it: remote images, an embed, a remote stylesheet, links everywhere. */
const review = `---
title: "Week 14: how the papers read the spring budget"
series: Weekly Media Review
issue: 14
date: 2025-04-07
source: https://mediareview.example.org/2025/week-14
site: Media Review Online
authors:
  - name: Hana Okoye
    affiliation: Institute for Media Research, University of Lindholm
  - name: Piet Varga
    affiliation: Newsroom Studies Unit, Aldmere College
---
The spring budget filled every front page this week, and [the Courier's live blog](${liveBlog}) set the pace
for the rest of the press [1](#ref-1). By Wednesday the [Evening Post](https://eveningpost.example.net/politics)
had moved the story from the chamber to the kitchen table.

![Chart](https://images.example.org/chart.png)

<img src="https://images.example.org/front-pages.jpg" alt="Tuesday's front pages side by side">

<link rel=stylesheet href=https://fonts.example.net/review.css>

<iframe src=https://video.example.net/embed/budget-night></iframe>

Radio Meridian spent its morning bulletins on fuel duty[^1], while the wire services kept to the figures
[2](#ref-2). The tabloids, as ever, found a face for every number [3](#ref-3).

${Array.from(
  { length: 12 },
  (_, i) => `Paragraph ${i + 1} weighs one more outlet's coverage, so the reader has to scroll to reach the end.`,
).join('\n\n')}

What the week shows is that a budget is reported as whatever each paper's readers are assumed to fear most
[4](#ref-4).

[^1]: Counted from the 7 and 8 o'clock bulletins; see [the station's archive](https://meridian.example.com/archive).

## References

1. Ada Quill, "Budget passes after all-night sitting", The Courier, 2 April 2025, https://courier.example.com/news/budget-passes
2. "Fuel duty frozen for another year", Coastal Wire Service, 2 April 2025, https://wire.example.org/2025/04/02/fuel-duty
3. Jon Okafor, "What the budget means for your family", Evening Post, 3 April 2025, https://eveningpost.example.net/family-budget
4. "Markets shrug off spending plans", Radio Meridian, 4 April 2025, https://meridian.example.com/news/markets
`;

const note = `Compare with last year's ![budget chart](https://images.example.org/2024-chart.png) and
[the Treasury's own summary](https://treasury.example.gov/budget).`;

test.use({ sourceFiles: { 'week-14.md': review } });

test('reading a review full of remote images and links sends no request beyond the app, through a reload', async ({
  page,
  host,
}) => {
  const { origin } = host;
  const isOwn = (url: string) => url.startsWith(`${origin}/`);

  // Installed before the first navigation, so not even the first document could fetch anything unseen. The page's
  // CSP blocks a remote image before the route sees it, so the page's own requests, their failures and the CSP
  // messages are watched as well: a remote image that got past the sanitizer shows up there, not in `refused`.
  const refused = await refuseForeignRequests(page, origin);
  const appRequests: Request[] = [];
  const failed: string[] = [];
  const policyMessages: string[] = [];
  page.on('request', (request) => appRequests.push(request));
  page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) policyMessages.push(message.text());
  });

  await page.goto(host.url);
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /Week 14/ })
    .click();
  const article = page.getByRole('article', { name: 'Article' });
  const body = article.locator('.article-body');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText('Week 14: how the papers read the spring budget');
  await expect(article.getByRole('list', { name: 'Authors' })).toContainText('Hana Okoye');

  // The sanitizer drops a remote image whole, alt text included; the embed and the stylesheet go the same way.
  await expect(body).toContainText('the kitchen table');
  await expect(body.locator('img, iframe, link')).toHaveCount(0);
  await expect(body).not.toContainText('Chart');
  await expect(body).not.toContainText("Tuesday's front pages");

  for (const paragraph of await body.locator('p').all()) await paragraph.scrollIntoViewIfNeeded();
  const references = article.getByRole('region', { name: 'References' });
  await references.scrollIntoViewIfNeeded();
  const entries = references.locator('li[id^="ref-"]');
  await expect(entries).toHaveCount(4);
  await entries.first().getByText('As printed').click();
  await expect(entries.first().locator('.reference-raw')).toContainText(
    'https://courier.example.com/news/budget-passes',
  );
  await expect(entries.first().getByRole('link', { name: 'courier.example.com' })).toHaveAttribute('target', '_blank');

  const citation = body.locator('a[href="#ref-2"]');
  await citation.click();
  await expect(page.locator('#ref-2')).toBeInViewport();
  await page.getByRole('button', { name: 'Back to the citation' }).click();
  await expect(citation).toBeFocused();

  await body.locator('a[data-footnote-ref]').click();
  await expect(page.getByRole('note', { name: /^Footnote/ })).toContainText("the station's archive");
  await page.keyboard.press('Escape');

  const source = article.getByRole('link', { name: 'Original at mediareview.example.org' });
  await expect(source).toHaveAttribute('target', '_blank');
  await expect(source).toHaveAttribute('rel', 'noopener noreferrer');

  const external = body.getByRole('link', { name: "the Courier's live blog" });
  await expect(external).toHaveAttribute('rel', 'noopener noreferrer');
  await external.hover();
  expect(refused).toEqual([]);

  // In the browser host an external link opens the reader's browser in a new tab (target=_blank), with no opener
  // and no referrer: that tab is not the app, as if the reader had typed the address. The test's route refuses its
  // navigation too, so it is the one refused request; it must come from the new tab, never from the app's page.
  const navigation = page.context().waitForEvent('request', (request) => request.url() === liveBlog);
  const [popup] = await Promise.all([page.waitForEvent('popup'), external.click()]);
  const followed = await navigation;
  expect(followed.isNavigationRequest()).toBe(true);
  expect(followed.headers().referer).toBeUndefined();
  expect(appRequests).not.toContain(followed);
  expect(await popup.evaluate(() => window.opener)).toBeNull();
  await popup.close();

  const noteBox = page.getByRole('textbox', { name: 'Note' });
  await noteBox.fill(note);
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.getByRole('tab', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'Note preview' });
  await expect(preview.getByRole('link', { name: "the Treasury's own summary" })).toHaveAttribute('target', '_blank');
  await expect(preview.locator('img')).toHaveCount(0);

  const themeSaved = page.waitForResponse((response) => response.url() === `${origin}/api/updateSettings`);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await themeSaved;
  await page.reload();
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(/Week 14/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(body).toContainText('the kitchen table');
  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(preview).toContainText('Compare with last year');
  await expect(page.locator('img')).toHaveCount(0);

  expect(appRequests.map((request) => request.url()).filter((url) => !isOwn(url))).toEqual([]);
  expect(refused).toEqual([liveBlog]);
  expect(policyMessages).toEqual([]);
  // The reload cuts short the page's own requests still open (the event stream, a save on its way out); those are
  // not leaks. Anything else that failed — a foreign request, or one blocked by the page's policy — is.
  expect(failed.filter((line) => !(isOwn(line) && line.endsWith(' net::ERR_ABORTED')))).toEqual([]);
});
