import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTypingTarget } from './typing-target.ts';

test('text fields and editable content count as typing; buttons, checkboxes and nothing do not', () => {
  assert.equal(isTypingTarget({ tagName: 'TEXTAREA' } as unknown as EventTarget), true);
  assert.equal(isTypingTarget({ tagName: 'INPUT', type: 'text' } as unknown as EventTarget), true);
  assert.equal(isTypingTarget({ tagName: 'DIV', isContentEditable: true } as unknown as EventTarget), true);
  assert.equal(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' } as unknown as EventTarget), false);
  assert.equal(isTypingTarget({ tagName: 'BUTTON' } as unknown as EventTarget), false);
  assert.equal(isTypingTarget(null), false);
});
