import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { appWindowArgs, appWindowProfile } from './app-window.ts';

test("the window's profile is a folder of Offprint's own user data, never the browser's", () => {
  assert.equal(
    appWindowProfile({ XDG_CONFIG_HOME: '/tmp/config' }, 'linux'),
    path.join('/tmp/config', 'Offprint', 'app-window-profile'),
  );
});

test('the window opens the reader as an app, with its own profile and no background traffic', () => {
  const args = appWindowArgs('http://127.0.0.1:4000/#token=t', '/tmp/profile', 'linux', false);
  assert.deepEqual(args, [
    '--app=http://127.0.0.1:4000/#token=t',
    '--user-data-dir=/tmp/profile',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-sync',
    '--disable-component-update',
  ]);
});

test('the sandbox is turned off only for root on Linux, where Chromium would not start with it', () => {
  const sandboxOff = (platform: NodeJS.Platform, isRoot: boolean) =>
    appWindowArgs('http://127.0.0.1:1/', '/tmp/p', platform, isRoot).includes('--no-sandbox');
  assert.equal(sandboxOff('linux', true), true);
  assert.equal(sandboxOff('linux', false), false);
  assert.equal(sandboxOff('darwin', true), false);
});
