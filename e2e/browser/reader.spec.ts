import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { refuseForeignRequests } from './browser-host.ts';
import { expect, test } from './fixtures.ts';

const sampleTitle = 'How the coastal papers covered the harbour strike';
const screenshot = path.resolve(import.meta.dirname, '..', 'screenshots', 'reader.png');

test('a new reader sees the sample review with its references, and a note survives a reload and a restart', async ({
  page,
  host,
  app,
  startHost,
}) => {
  const library = page.getByRole('navigation', { name: 'Library' });
  await expect(library.getByText(sampleTitle)).toBeVisible();
  const article = page.getByRole('article', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(sampleTitle);
  await expect(article.getByText('Mara Lindqvist')).toBeVisible();
  const references = page.getByRole('region', { name: 'References' });
  await expect(references.getByRole('listitem')).toHaveCount(5);
  await expect(references.getByRole('listitem').first()).toContainText('Dock workers walk out over night shifts');
  await expect(references.getByRole('listitem').first()).toContainText('Northern Ledger');
  await expect(page).toHaveTitle(`${sampleTitle} — Offprint`);

  const note = page.getByRole('textbox', { name: 'Note' });
  await note.fill('The Ledger let the workers speak; the Post counted the cost.');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.screenshot({ path: screenshot });

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue(
    'The Ledger let the workers speak; the Post counted the cost.',
  );

  // Away from the old page first: its event stream would try the stopped host again, on an origin now foreign.
  await page.goto('about:blank');
  await host.stop();
  const restarted = await startHost();
  const refusedAfterRestart = await refuseForeignRequests(page, restarted.origin);
  await page.goto(restarted.url);
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue(
    'The Ledger let the workers speak; the Post counted the cost.',
  );
  expect([...app.refused, ...refusedAfterRestart]).toEqual([]);
});

test('the page keeps no token in its address, and the API refuses requests without it', async ({
  page,
  request,
  host,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('navigation', { name: 'Library' }).getByText(sampleTitle)).toBeVisible();
  expect(page.url()).not.toContain('token');

  const withoutToken = await request.post(`${host.origin}/api/listReviews`, { data: {} });
  expect(withoutToken.status()).toBe(401);
  const events = await request.get(`${host.origin}/api/events`);
  expect(events.status()).toBe(401);
});

test('the article body is sanitized Markdown, and the metadata is text', async ({ page, host }) => {
  await page.goto(host.url);
  const body = page.getByRole('article', { name: 'Article' });
  await expect(body.locator('blockquote')).toContainText('This review is a sample that Offprint adds');
  await expect(body.locator('em')).toHaveText('Who pays when the cranes stop?');
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('an archive whose index was damaged opens with its reviews and tells the reader what was recovered', async ({
  page,
  archive,
  startHost,
}) => {
  const first = await startHost();
  await first.stop();
  await writeFile(path.join(archive, 'offprint.json'), '{"schemaVersion": 2, "revi');
  const host = await startHost();
  await page.goto(host.url);
  const notices = page.getByRole('region', { name: 'Archive notices' });
  await expect(notices).toContainText('The library index was rebuilt from 1 review file(s)');
  await expect(page.getByRole('navigation', { name: 'Library' })).toContainText(sampleTitle);
  await notices.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notices).toHaveCount(0);
});
