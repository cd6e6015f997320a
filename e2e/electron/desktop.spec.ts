import type { ElectronApplication } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Keeps, in the main process, the labels of every menu built from now on, and never pops one up on screen. */
async function recordMenus(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ Menu }) => {
    const built: Electron.MenuItemConstructorOptions[][] = [];
    Reflect.set(globalThis, 'offprintTestMenus', built);
    const build = Menu.buildFromTemplate.bind(Menu);
    Menu.buildFromTemplate = (template) => {
      built.push(template as Electron.MenuItemConstructorOptions[]);
      const menu = build(template);
      menu.popup = () => undefined;
      return menu;
    };
  });
}

/** The labels (or roles) of the last menu built. */
function lastMenuLabels(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(() => {
    const built = Reflect.get(globalThis, 'offprintTestMenus') as Electron.MenuItemConstructorOptions[][];
    return (built.at(-1) ?? []).map((item) => String(item.label ?? item.role ?? item.type));
  });
}

test('a right-click on a reference offers Copy Citation, which puts its citation on the clipboard', async ({
  offprint,
}) => {
  const { app, window } = offprint;
  await recordMenus(app);
  const entry = window.getByRole('region', { name: 'References' }).getByRole('listitem').first();
  await entry.click({ button: 'right', position: { x: 8, y: 8 } });
  await expect.poll(() => lastMenuLabels(app)).toContain('Copy Citation');
  expect(await lastMenuLabels(app)).not.toContain('paste');

  await app.evaluate(() => {
    const built = Reflect.get(globalThis, 'offprintTestMenus') as Electron.MenuItemConstructorOptions[][];
    const copy = built.at(-1)?.find((item) => item.label === 'Copy Citation');
    copy?.click?.({} as never, undefined, {} as never);
  });
  await expect(entry.getByText('Copied')).toBeVisible();
  // The citation is the entry's own line: its first part (the authors, or the title) is printed in the entry.
  const copied = await app.evaluate(({ clipboard }) => clipboard.readText());
  expect(copied.length).toBeGreaterThan(0);
  await expect(entry).toContainText(copied.split(',')[0] ?? '');
});

test('a right-click in the note offers Cut, Copy, Paste and Select All', async ({ offprint }) => {
  const { app, window } = offprint;
  await recordMenus(app);
  await window.getByRole('textbox', { name: 'Note' }).click({ button: 'right' });
  await expect.poll(() => lastMenuLabels(app)).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
});

test('the app page may write to the clipboard, and read nothing from it', async ({ offprint }) => {
  const answers = await offprint.window.evaluate(async () => ({
    write: await navigator.clipboard.writeText('a citation').then(
      () => 'written',
      () => 'refused',
    ),
    read: await navigator.clipboard.readText().then(
      () => 'read',
      () => 'refused',
    ),
  }));
  expect(answers).toEqual({ write: 'written', read: 'refused' });
  expect(await offprint.app.evaluate(({ clipboard }) => clipboard.readText())).toBe('a citation');
});
