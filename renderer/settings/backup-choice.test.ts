import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backupChoiceOf, backupSettingFor } from './backup-choice.ts';

test('a setting reads as off, daily, weekly, or custom when written by hand', () => {
  assert.equal(backupChoiceOf(null), 'off');
  assert.equal(backupChoiceOf(undefined), 'off');
  assert.equal(backupChoiceOf({ everyHours: 24, keep: 7 }), 'daily');
  assert.equal(backupChoiceOf({ everyHours: 168, keep: 3 }), 'weekly');
  assert.equal(backupChoiceOf({ everyHours: 6, keep: 3 }), 'custom');
});

test('a choice becomes its setting, keeping a folder the reader chose', () => {
  assert.equal(backupSettingFor('off', { everyHours: 24, keep: 7 }), null);
  assert.deepEqual(backupSettingFor('daily', null), { everyHours: 24, keep: 7 });
  assert.deepEqual(backupSettingFor('weekly', { everyHours: 24, keep: 7, folder: '/b' }), {
    everyHours: 168,
    keep: 8,
    folder: '/b',
  });
  assert.deepEqual(backupSettingFor('custom', { everyHours: 6, keep: 3 }), { everyHours: 6, keep: 3 });
});
