import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'app-builder-lib';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The fuses a packaged Offprint must be built with (see SECURITY.md and issue 7). */
const requiredFuses = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false,
};

async function readBuildConfig(): Promise<Configuration> {
  const manifest: { build?: Configuration } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  assert.ok(manifest.build, 'package.json has no "build" section for electron-builder');
  return manifest.build;
}

function validate(config: Configuration): Promise<void> {
  return validateConfiguration(config, new DebugLogger(false));
}

describe('the electron-builder configuration in package.json', () => {
  test('passes electron-builder’s own schema validation', async () => {
    await validate(await readBuildConfig());
  });

  test('a copy with an unknown key is rejected, so the validation is real', async () => {
    const broken = { ...(await readBuildConfig()), electronFusez: { runAsNode: false } } as Configuration;
    await assert.rejects(validate(broken), /electronFusez/);
  });

  test('a copy with a fuse of the wrong type is rejected', async () => {
    const config = await readBuildConfig();
    const broken = {
      ...config,
      electronFuses: { ...config.electronFuses, runAsNode: 'no' },
    } as unknown as Configuration;
    await assert.rejects(validate(broken), /runAsNode/);
  });

  test('sets every fuse the security model requires', async () => {
    const fuses = (await readBuildConfig()).electronFuses;
    assert.ok(fuses, 'electronFuses is missing');
    for (const [fuse, value] of Object.entries(requiredFuses)) {
      assert.equal(fuses[fuse as keyof typeof fuses], value, `fuse ${fuse} must be ${value}`);
    }
  });

  test('packs the app into an asar and ships only the build output and package.json', async () => {
    const config = await readBuildConfig();
    assert.equal(config.asar, true);
    assert.deepEqual(config.files, ['dist/**', '!dist/**/*.map', 'package.json']);
    assert.equal(config.appId, 'org.offprint.app');
    assert.deepEqual(config.directories, { output: 'release', buildResources: 'build' });
  });
});
