import { expect, test } from './fixtures.ts';

const sampleTitle = 'How the coastal papers covered the harbour strike';
const noteText = 'The Ledger let the workers speak; the Post counted the cost.';

test('a new reader sees the sample review in the sandboxed window, and a note survives a restart', async ({
  launch,
}) => {
  const { app, window } = await launch();
  expect(await window.evaluate(() => typeof Reflect.get(globalThis, 'require'))).toBe('undefined');
  expect(await window.evaluate(() => typeof Reflect.get(globalThis, 'process'))).toBe('undefined');
  expect(window.url()).toBe('offprint://app/index.html');

  const library = window.getByRole('navigation', { name: 'Library' });
  await expect(library).toContainText(sampleTitle);
  const references = window.getByRole('region', { name: 'References' });
  await expect(references.getByRole('listitem')).toHaveCount(5);
  await window.getByRole('textbox', { name: 'Note' }).fill(noteText);
  await expect(window.getByRole('status')).toHaveText('Saved');
  await app.close();

  const { window: reopened } = await launch();
  await expect(reopened.getByRole('navigation', { name: 'Library' })).toContainText(sampleTitle);
  await expect(reopened.getByRole('textbox', { name: 'Note' })).toHaveValue(noteText);
});
