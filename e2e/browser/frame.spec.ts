import type { Locator, Page } from '@playwright/test';
import type { SourceFiles } from './browser-host.ts';
import { expect, test } from './fixtures.ts';
import { readerReady, reviewSource } from './reader-steps.ts';

// Every journey here opens the reader first, and none of them may reach beyond the app's own origin.
test.beforeEach(({ app }) => expect(app.refused).toEqual([]));
test.afterEach(({ app }) => expect(app.refused).toEqual([]));

/** Two long reviews, so the article and the library each have something to scroll. */
function longReviews(): SourceFiles {
  return Object.fromEntries(
    [1, 2].map((issue) => [
      `week-${issue}.md`,
      reviewSource(
        [`title: "Week ${issue} in the harbour"`, 'series: Harbour Week', `issue: ${issue}`, `date: 2025-03-0${issue}`],
        [
          ...Array.from({ length: 80 }, (_, i) => `Paragraph ${i + 1} of the week keeps the reader reading on.\n`),
          'The last paragraph of the week.',
          '',
        ],
      ),
    ]),
  );
}

test.use({ sourceFiles: longReviews() });

const topBar = (page: Page) => page.getByRole('banner');
const library = (page: Page) => page.getByRole('navigation', { name: 'Library' });
const notes = (page: Page) => page.getByRole('complementary', { name: 'Notes' });
const heading = (page: Page) => page.getByRole('article', { name: 'Article' }).getByRole('heading', { level: 1 });
const libraryButton = (page: Page) => topBar(page).getByRole('button', { name: 'Library', exact: true });
const sidePanelButton = (page: Page) => topBar(page).getByRole('button', { name: 'Notes', exact: true });

/** The page itself never scrolls: only its panes do. */
async function expectNoPageScroll(page: Page): Promise<void> {
  const page_ = await page.evaluate(() => {
    const root = document.scrollingElement as HTMLElement;
    return {
      scrollHeight: root.scrollHeight,
      clientHeight: root.clientHeight,
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
      scrollTop: root.scrollTop,
    };
  });
  expect(page_.scrollHeight).toBeLessThanOrEqual(page_.clientHeight);
  expect(page_.scrollWidth).toBeLessThanOrEqual(page_.clientWidth);
  expect(page_.scrollTop).toBe(0);
}

/** The element's box lies wholly inside the window. */
async function expectInsideViewport(page: Page, element: Locator): Promise<void> {
  const box = await element.boundingBox();
  const viewport = page.viewportSize();
  expect(box).not.toBeNull();
  expect(viewport).not.toBeNull();
  if (!box || !viewport) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 0.5);
}

for (const width of [600, 800, 1024, 1280]) {
  test(`at ${width}×700 the frame fills the window, the top bar is whole and the notes are at hand`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 700 });
    await expect(heading(page)).toBeVisible();
    await expectNoPageScroll(page);
    await expectInsideViewport(page, topBar(page));
    // Every control of the top bar shows: none is pushed past its edge.
    for (const control of await topBar(page).getByRole('button').all()) await expectInsideViewport(page, control);

    if (!(await notes(page).isVisible())) await sidePanelButton(page).click();
    await expect(notes(page)).toBeVisible();
    await expectInsideViewport(page, notes(page));
    await expect(notes(page).getByRole('textbox', { name: 'Note', exact: true })).toBeInViewport();
    const articleScroll = await page.locator('main').evaluate((pane) => pane.scrollTop);
    expect(articleScroll).toBe(0);
    await expectNoPageScroll(page);
  });
}

test('below 1,100 px the notes open as an overlay beside the text, and close again', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 700 });
  await readerReady(page);
  await expect(notes(page)).toBeHidden();
  await expect(sidePanelButton(page)).toHaveAttribute('aria-expanded', 'false');

  await sidePanelButton(page).click();
  await expect(notes(page)).toBeVisible();
  await expect(sidePanelButton(page)).toHaveAttribute('aria-expanded', 'true');
  const article = await page.locator('main').boundingBox();
  const overlay = await notes(page).boundingBox();
  expect(article && overlay).toBeTruthy();
  if (article && overlay) {
    // On top of the article's right part, not under the article.
    expect(overlay.x).toBeGreaterThan(article.x);
    expect(overlay.y).toBeLessThan(article.y + 10);
  }

  await page.getByRole('button', { name: 'Close notes' }).click();
  await expect(notes(page)).toBeHidden();
  await expect(sidePanelButton(page)).toBeFocused();

  await page.keyboard.press('}');
  await expect(notes(page)).toBeVisible();
  await page.keyboard.press('}');
  await expect(notes(page)).toBeHidden();

  // The n key opens the overlay and moves to the note.
  await page.keyboard.press('n');
  await expect(notes(page).getByRole('textbox', { name: 'Note', exact: true })).toBeFocused();
  await expectNoPageScroll(page);
});

test('the library and the side panel fold by button and by key, and stay folded after a reload', async ({ page }) => {
  await readerReady(page);
  await expect(libraryButton(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(sidePanelButton(page)).toHaveAttribute('aria-expanded', 'true');
  const wideBefore = (await page.locator('main').boundingBox())?.width ?? 0;

  await libraryButton(page).click();
  await expect(library(page)).toBeHidden();
  await expect(libraryButton(page)).toHaveAttribute('aria-expanded', 'false');
  await sidePanelButton(page).click();
  await expect(notes(page)).toBeHidden();
  await expect(sidePanelButton(page)).toHaveAttribute('aria-expanded', 'false');
  // The article takes the room the panes gave up.
  expect((await page.locator('main').boundingBox())?.width ?? 0).toBeGreaterThan(wideBefore + 400);

  await page.reload();
  await readerReady(page);
  await expect(library(page)).toBeHidden();
  await expect(notes(page)).toBeHidden();
  await expectNoPageScroll(page);

  await page.keyboard.press('{');
  await expect(library(page)).toBeVisible();
  await expect(libraryButton(page)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('{');
  await expect(library(page)).toBeHidden();
  // The / key unfolds the library to search it.
  await page.keyboard.press('/');
  await expect(library(page)).toBeVisible();
  await expect(library(page).getByRole('searchbox')).toBeFocused();
  await heading(page).click();
  await page.keyboard.press('}');
  await expect(notes(page)).toBeVisible();
  await expect(sidePanelButton(page)).toHaveAttribute('aria-expanded', 'true');

  await page.keyboard.press('{');
  await expect(library(page)).toBeHidden();
  await page.reload();
  await readerReady(page);
  await expect(library(page)).toBeHidden();
  await expect(notes(page)).toBeVisible();
  await libraryButton(page).click();
  await expect(library(page)).toBeVisible();
  await page.reload();
  await readerReady(page);
  await expect(library(page)).toBeVisible();
  await expect(notes(page)).toBeVisible();

  // The "?" list names both keys.
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toContainText('{ / }');
  await page.keyboard.press('Escape');
});

test('a wheel over the top bar and reading to the end of an article leave the top bar in place', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await readerReady(page);
  const before = await topBar(page).boundingBox();

  const bar = await topBar(page).boundingBox();
  if (bar) await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
  await page.mouse.wheel(0, 600);
  await page.mouse.wheel(0, 600);
  expect(await topBar(page).boundingBox()).toEqual(before);
  await expectNoPageScroll(page);

  await heading(page).click();
  await page.keyboard.press('End');
  const last = page.getByText('The last paragraph of the week.');
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  await last.evaluate((paragraph) => paragraph.scrollIntoView({ block: 'end' }));
  expect(await topBar(page).boundingBox()).toEqual(before);
  await expectNoPageScroll(page);
});
