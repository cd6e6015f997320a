import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPrintBrowser } from './print-browser.ts';

test('CHROMIUM_PATH wins when it can be run, and is named when it cannot', () => {
  assert.deepEqual(
    findPrintBrowser({ CHROMIUM_PATH: '/opt/chrome' }, 'linux', () => true),
    { path: '/opt/chrome' },
  );
  const broken = findPrintBrowser({ CHROMIUM_PATH: '/opt/none' }, 'linux', () => false);
  assert.deepEqual(broken, {
    reason: 'CHROMIUM_PATH (/opt/none) is not a program that can be run; point it at Chromium or Chrome.',
  });
});

test('without CHROMIUM_PATH, the first browser found where the system installs it is used', () => {
  const installed = new Set(['/usr/bin/google-chrome', '/usr/bin/chromium-browser']);
  assert.deepEqual(
    findPrintBrowser({}, 'linux', (file) => installed.has(file)),
    { path: '/usr/bin/chromium-browser' },
  );
  const mac = findPrintBrowser({}, 'darwin', (file) => file.includes('Chromium.app'));
  assert.deepEqual(mac, { path: '/Applications/Chromium.app/Contents/MacOS/Chromium' });
});

test('with no browser at all, one line says what to install or set', () => {
  const none = findPrintBrowser({}, 'win32', () => false);
  assert.ok('reason' in none);
  assert.match(none.reason, /^PDF export from the command line needs Chromium, Chrome or Edge, and none was found;/);
});
