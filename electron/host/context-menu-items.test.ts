import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ContextMenuClick, type ContextMenuEntry, contextMenuEntries, pagePoint } from './context-menu-items.ts';

const allowed = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
const click = (over: Partial<ContextMenuClick>): ContextMenuClick => ({
  x: 10,
  y: 20,
  isEditable: false,
  selectionText: '',
  editFlags: allowed,
  ...over,
});

/** An entry as the reader reads it in the menu. */
function shown(entry: ContextMenuEntry): string {
  if (entry.kind === 'role') return entry.enabled ? entry.role : `${entry.role} (disabled)`;
  if (entry.kind === 'command') return entry.label;
  return entry.kind === 'inspect' ? 'Inspect Element' : '—';
}

test('in a text field the menu offers Cut, Copy, Paste and Select All, as the field allows', () => {
  const flags = { canCut: false, canCopy: false, canPaste: true, canSelectAll: true };
  assert.deepEqual(contextMenuEntries(click({ isEditable: true, editFlags: flags }), false).map(shown), [
    'cut (disabled)',
    'copy (disabled)',
    'paste',
    '—',
    'selectAll',
  ]);
  assert.deepEqual(contextMenuEntries(click({ isEditable: true, selectionText: 'typed' }), false).map(shown), [
    'cut',
    'copy',
    'paste',
    '—',
    'selectAll',
  ]);
});

test('on text selected in the page the menu offers Highlight Selection and Copy', () => {
  assert.deepEqual(contextMenuEntries(click({ selectionText: 'a quoted line' }), false).map(shown), [
    'Highlight Selection',
    '—',
    'copy',
    'selectAll',
  ]);
});

test('on nothing selected the menu offers Copy Citation and Select All, and never Paste', () => {
  assert.deepEqual(contextMenuEntries(click({ selectionText: '  ' }), false).map(shown), [
    'Copy Citation',
    '—',
    'selectAll',
  ]);
});

test('Inspect Element is offered only outside a packaged app', () => {
  assert.deepEqual(contextMenuEntries(click({}), true).map(shown).slice(-2), ['—', 'Inspect Element']);
  for (const over of [{}, { isEditable: true }, { selectionText: 'x' }]) {
    assert.ok(!contextMenuEntries(click(over), false).some((entry) => entry.kind === 'inspect'));
  }
});

test('the point goes to the page in its CSS pixels, whatever the zoom', () => {
  assert.deepEqual(pagePoint({ x: 300, y: 150 }, 1.5), { x: 200, y: 100 });
  assert.deepEqual(pagePoint({ x: 300, y: 150 }, 1), { x: 300, y: 150 });
  assert.deepEqual(pagePoint({ x: 300, y: 150 }, 0), { x: 300, y: 150 });
});
