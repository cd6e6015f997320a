import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clipboardWritePermission, isPermissionAllowed } from './permission-policy.ts';

test('the app page may write to the clipboard, named by its origin or by its address', () => {
  assert.equal(isPermissionAllowed(clipboardWritePermission, ['offprint://app']), true);
  assert.equal(isPermissionAllowed(clipboardWritePermission, ['offprint://app/', 'offprint://app/index.html']), true);
});

test('every other permission is refused, even for the app itself', () => {
  for (const permission of ['clipboard-read', 'notifications', 'media', 'geolocation', 'openExternal', 'unknown']) {
    assert.equal(isPermissionAllowed(permission, ['offprint://app', 'offprint://app/index.html']), false, permission);
  }
});

test('the clipboard write is refused to any origin but the app, and to a frame embedded elsewhere', () => {
  const foreign = [
    'offprint://other/index.html',
    'offprint://app.example/',
    'offprint://user@app/',
    'http://127.0.0.1:8080/',
    'file:///etc/passwd',
    'devtools://devtools/',
    'not a url',
  ];
  for (const origin of foreign) {
    assert.equal(isPermissionAllowed(clipboardWritePermission, [origin]), false, origin);
    assert.equal(isPermissionAllowed(clipboardWritePermission, ['offprint://app', origin]), false, origin);
  }
});

test('an ask that names no origin at all is refused', () => {
  assert.equal(isPermissionAllowed(clipboardWritePermission, []), false);
  assert.equal(isPermissionAllowed(clipboardWritePermission, [undefined, '']), false);
});
