import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Shortcut, shortcuts, shortcutsByGroup } from './shortcuts.ts';

test('the shortcuts list under their headings, in the order the table first names each heading', () => {
  const table: Shortcut[] = [
    { keys: 'j', action: 'Next', group: 'Library', bindings: [] },
    { keys: 'n', action: 'Note', group: 'Notes', bindings: [] },
    { keys: 'x', action: 'Without a heading', bindings: [] },
    { keys: 'k', action: 'Previous', group: 'Library', bindings: [] },
  ];
  assert.deepEqual(
    shortcutsByGroup(table).map(({ group, rows }) => [group, rows.map((row) => row.keys)]),
    [
      ['Library', ['j', 'k']],
      ['Notes', ['n']],
      ['General', ['x']],
    ],
  );
});

test('every row of the table is listed once, and no single key is bound twice', () => {
  assert.equal(shortcutsByGroup().flatMap(({ rows }) => rows).length, shortcuts.length);
  const keys = shortcuts.flatMap((shortcut) => shortcut.bindings.map((binding) => binding.key));
  assert.deepEqual(keys, [...new Set(keys)]);
});
