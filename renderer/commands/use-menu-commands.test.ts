import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MenuCommand } from '../../electron/api/contract.ts';
import { menuCommandAction } from './use-menu-commands.ts';

test('a menu command with a key is carried out by pressing that key', () => {
  assert.deepEqual(menuCommandAction('next-review'), { key: 'j' });
  assert.deepEqual(menuCommandAction('previous-review'), { key: 'k' });
  assert.deepEqual(menuCommandAction('previous-issue'), { key: '[' });
  assert.deepEqual(menuCommandAction('next-issue'), { key: ']' });
  assert.deepEqual(menuCommandAction('focus-search'), { key: '/' });
  assert.deepEqual(menuCommandAction('focus-note'), { key: 'n' });
  assert.deepEqual(menuCommandAction('highlight-selection'), { key: 'h' });
  assert.deepEqual(menuCommandAction('show-shortcuts'), { key: '?' });
  assert.deepEqual(menuCommandAction('toggle-library'), { key: '{' });
  assert.deepEqual(menuCommandAction('toggle-side-panel'), { key: '}' });
});

test('Outlets and All Notes, which have no key, call their handlers', () => {
  assert.deepEqual(menuCommandAction('show-outlets'), { handler: 'showOutlets' });
  assert.deepEqual(menuCommandAction('show-all-notes'), { handler: 'showAllNotes' });
});

test('Copy Citation copies the reference at the point right-clicked', () => {
  assert.deepEqual(menuCommandAction('copy-citation'), { citationAtPoint: true });
});

test('the import commands are left to the import controls', () => {
  assert.equal(menuCommandAction('import-files'), undefined);
  assert.equal(menuCommandAction('import-folder'), undefined);
  assert.equal(menuCommandAction('import-url'), undefined);
});

test('every menu command is carried out somehow: by a key, a handler, the citation at a point, or the import controls', () => {
  // A Record over MenuCommand: a command added to the contract fails to compile here until it is decided.
  const kinds: Record<MenuCommand, 'key' | 'handler' | 'citation' | 'import'> = {
    'import-files': 'import',
    'import-folder': 'import',
    'import-url': 'import',
    'next-review': 'key',
    'previous-review': 'key',
    'previous-issue': 'key',
    'next-issue': 'key',
    'focus-search': 'key',
    'focus-note': 'key',
    'highlight-selection': 'key',
    'show-outlets': 'handler',
    'show-all-notes': 'handler',
    'show-shortcuts': 'key',
    'copy-citation': 'citation',
    'toggle-library': 'key',
    'toggle-side-panel': 'key',
  };
  for (const [command, kind] of Object.entries(kinds) as [MenuCommand, string][]) {
    const action = menuCommandAction(command);
    const found =
      action === undefined ? 'import' : 'key' in action ? 'key' : 'handler' in action ? 'handler' : 'citation';
    assert.equal(found, kind, command);
  }
});
