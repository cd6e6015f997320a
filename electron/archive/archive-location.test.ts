import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { resolveArchiveDir, userDataDir } from './archive-location.ts';

test('the --archive flag wins over the environment and the default', () => {
  const env = { OFFPRINT_ARCHIVE: '/tmp/from-env' };
  assert.equal(resolveArchiveDir('/tmp/from-flag', env, '/ud'), '/tmp/from-flag');
});

test('OFFPRINT_ARCHIVE is used when no flag is given', () => {
  assert.equal(resolveArchiveDir(undefined, { OFFPRINT_ARCHIVE: 'rel/dir' }, '/ud'), path.resolve('rel/dir'));
});

test('without flag or environment the archive lives in the user-data folder', () => {
  assert.equal(resolveArchiveDir(undefined, {}, '/ud'), path.join('/ud', 'archive'));
});

test('the user-data folder follows each platform like Electron does', () => {
  const home = os.homedir();
  assert.equal(userDataDir('linux', {}), path.join(home, '.config', 'Offprint'));
  assert.equal(userDataDir('linux', { XDG_CONFIG_HOME: '/x' }), path.join('/x', 'Offprint'));
  assert.equal(userDataDir('darwin', {}), path.join(home, 'Library', 'Application Support', 'Offprint'));
  assert.equal(
    userDataDir('win32', { APPDATA: 'C:\\Users\\r\\AppData\\Roaming' }),
    path.join('C:\\Users\\r\\AppData\\Roaming', 'Offprint'),
  );
});
