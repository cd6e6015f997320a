import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shortcutKeys } from '../../renderer/commands/shortcuts.ts';
import { MenuCommandSchema } from '../api/contract.ts';
import { readerMenuAccelerator, readerMenuItems, readerMenuLabel } from './reader-menu.ts';

/** The Electron accelerator for a key the page listens for: letters in capitals, punctuation as it is. */
function acceleratorOf(key: string): string {
  return /^[a-z]$/.test(key) ? key.toUpperCase() : key;
}

const notInTheReaderMenus = ['import-files', 'import-folder', 'import-url', 'copy-citation'];

test('every shortcut with a menu command has a menu item showing that key', () => {
  const items = readerMenuItems();
  for (const { key, command } of shortcutKeys()) {
    const item = items.find((candidate) => candidate.command === command);
    assert.ok(item, `the "${key}" key runs ${command}, which no menu item offers`);
    assert.equal(item.accelerator, acceleratorOf(key), `the menu item for ${command} should show the "${key}" key`);
  }
});

test('every key the menu shows is in the shortcut list, for the same command', () => {
  const listed = shortcutKeys().map(({ key, command }) => `${acceleratorOf(key)} ${command}`);
  for (const item of readerMenuItems()) {
    if (item.accelerator === undefined) continue;
    assert.ok(listed.includes(`${item.accelerator} ${item.command}`), `${item.label} shows a key the "?" list lacks`);
  }
});

test("the menu offers every command that is not an import or the context menu's Copy Citation, once", () => {
  const commands = readerMenuItems().map((item) => item.command);
  const expected = MenuCommandSchema.options.filter((command) => !notInTheReaderMenus.includes(command));
  assert.deepEqual([...commands].sort(), [...expected].sort());
});

test('every menu key is a single key the page handles itself, so none needs registering with the system', () => {
  for (const item of readerMenuItems()) {
    if (item.accelerator === undefined) continue;
    assert.equal([...item.accelerator].length, 1, `${item.label}: ${item.accelerator}`);
  }
});

test('Outlets and All Notes have no key', () => {
  const items = readerMenuItems();
  assert.equal(items.find((item) => item.command === 'show-outlets')?.accelerator, undefined);
  assert.equal(items.find((item) => item.command === 'show-all-notes')?.accelerator, undefined);
});

test('on macOS no reader item has an accelerator, and the key is shown in its label instead', () => {
  for (const item of readerMenuItems()) {
    assert.equal(readerMenuAccelerator(item, 'darwin'), undefined, item.label);
    const expected = item.accelerator === undefined ? item.label : `${item.label} (${item.accelerator})`;
    assert.equal(readerMenuLabel(item, 'darwin'), expected);
  }
  const next = readerMenuItems().find((item) => item.command === 'next-review');
  assert.ok(next);
  assert.equal(readerMenuLabel(next, 'darwin'), 'Next Review (J)');
});

test('on Linux and Windows the key is the accelerator and the label stays plain', () => {
  for (const platform of ['linux', 'win32'] as const) {
    for (const item of readerMenuItems()) {
      assert.equal(readerMenuAccelerator(item, platform), item.accelerator, item.label);
      assert.equal(readerMenuLabel(item, platform), item.label);
    }
  }
});
