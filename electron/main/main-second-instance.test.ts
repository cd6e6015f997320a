import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import './test-support/electron-alias.ts';

test('a start that does not get the single-instance lock quits at once, opening nothing', async () => {
  const standIn = await import('./test-support/electron-stand-in.ts');
  standIn.setUp.singleInstanceLock = false;
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'offprint-second-profile-'));
  process.argv = [process.execPath, 'main.js', `--user-data-dir=${userDataDir}`];
  await import('./main.ts');
  assert.deepEqual(standIn.recordedNames(), [
    'protocol.registerSchemesAsPrivileged',
    'app.enableSandbox',
    'app.setPath',
    'app.requestSingleInstanceLock',
    'app.quit',
  ]);
  assert.equal(standIn.app.listenerCount('second-instance'), 0);
});
