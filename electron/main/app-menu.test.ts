import assert from 'node:assert/strict';
import { test } from 'node:test';
import './test-support/electron-alias.ts';

const { appMenuTemplate, buildAppMenu } = await import('./app-menu.ts');
const standIn = await import('./test-support/electron-stand-in.ts');

type Item = Electron.MenuItemConstructorOptions;

function submenuOf(template: Item[], label: string): Item[] {
  const menu = template.find((item) => item.label === label || item.role === label);
  assert.ok(menu && Array.isArray(menu.submenu), `no ${label} menu`);
  return menu.submenu as Item[];
}

/** Every item with a label, as "label [accelerator, registered or not]". */
function shownItems(template: Item[]): string[] {
  return template.flatMap((menu) =>
    (Array.isArray(menu.submenu) ? (menu.submenu as Item[]) : [])
      .filter((item) => item.label)
      .map((item) =>
        item.accelerator === undefined
          ? `${item.label}`
          : `${item.label} [${item.accelerator}${item.registerAccelerator === false ? ', unregistered' : ''}]`,
      ),
  );
}

test('on macOS the single-key reader commands show their key in the label and have no accelerator', () => {
  const template = appMenuTemplate(true, 'darwin');
  assert.equal(template[0]?.role, 'appMenu');
  const shown = shownItems(template);
  for (const label of [
    'Write a Note (N)',
    'Highlight Selection (H)',
    'Search the Library (/)',
    'Next Review (J)',
    'Previous Review (K)',
    'Previous Issue ([)',
    'Next Issue (])',
    'Keyboard Shortcuts (?)',
  ]) {
    assert.ok(shown.includes(label), `${label} is missing from ${shown.join(' | ')}`);
  }
  // The only accelerator left is a Cmd chord.
  assert.deepEqual(
    shown.filter((item) => item.includes('[') && item.endsWith(']')),
    ['Import Files… [CmdOrCtrl+O, unregistered]'],
  );
  assert.deepEqual(submenuOf(template, 'File').at(-1), { role: 'close' });
});

for (const platform of ['linux', 'win32'] as const) {
  test(`on ${platform} the reader commands keep their keys as accelerators the menu never registers`, () => {
    const template = appMenuTemplate(true, platform);
    assert.notEqual(template[0]?.role, 'appMenu');
    const shown = shownItems(template);
    for (const label of [
      'Write a Note [N, unregistered]',
      'Highlight Selection [H, unregistered]',
      'Search the Library [/, unregistered]',
      'Next Review [J, unregistered]',
      'Previous Review [K, unregistered]',
      'Previous Issue [[, unregistered]',
      'Next Issue [], unregistered]',
      'Keyboard Shortcuts [?, unregistered]',
      'Outlets…',
    ]) {
      assert.ok(shown.includes(label), `${label} is missing from ${shown.join(' | ')}`);
    }
    assert.deepEqual(submenuOf(template, 'File').at(-1), { role: 'quit' });
  });
}

test('developer tools are in the View menu only outside a packaged app', () => {
  const roles = (packaged: boolean) => submenuOf(appMenuTemplate(packaged, 'linux'), 'View').map((item) => item.role);
  assert.ok(roles(false).includes('toggleDevTools'));
  assert.ok(!roles(true).includes('toggleDevTools'));
});

test('a reader item chosen in the menu goes to the window as a menu command', () => {
  const window = new standIn.BrowserWindow({});
  const next = submenuOf(appMenuTemplate(true, 'darwin'), 'Go').find((item) => item.label === 'Next Review (J)');
  assert.ok(next?.click);
  const before = standIn.recorded.length;
  next.click({} as never, window as never, { triggeredByAccelerator: false } as never);
  assert.deepEqual(standIn.recorded.slice(before), [
    {
      name: 'webContents.send',
      args: ['offprint:event', { type: 'menu-command', payload: { command: 'next-review' } }],
    },
  ]);
  window.destroy();
});

test('the built menu is the template', () => {
  const menu = buildAppMenu(true, 'linux') as unknown as { items: Item[] };
  assert.deepEqual(shownItems(menu.items), shownItems(appMenuTemplate(true, 'linux')));
});
