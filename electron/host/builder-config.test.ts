import assert from 'node:assert/strict';
import { access, readFile } from 'node:fs/promises';
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

  test('packs the app into an asar and ships only the build output, the runtime assets and package.json', async () => {
    const config = await readBuildConfig();
    assert.equal(config.asar, true);
    // assets/ holds the sample review a new archive starts with (library.ts reads it by path).
    assert.deepEqual(config.files, ['dist/**', '!dist/**/*.map', 'assets/**', 'package.json']);
    assert.equal(config.appId, 'org.offprint.app');
    assert.equal(config.productName, 'Offprint');
    assert.deepEqual(config.directories, { output: 'release', buildResources: 'build' });
  });

  test('leaves the search worker and the package.json that makes it an ES module outside the asar', async () => {
    // Node cannot start a worker from inside an asar; unpacked, the worker needs "type": "module" beside it.
    assert.deepEqual((await readBuildConfig()).asarUnpack, ['dist/main/search-worker.js', 'package.json']);
    const manifest: { type?: string } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
    assert.equal(manifest.type, 'module');
  });

  test('builds an AppImage and a deb for Linux, a dmg for macOS and an installer for Windows', async () => {
    const config = await readBuildConfig();
    assert.deepEqual(config.linux?.target, ['AppImage', 'deb']);
    assert.equal(config.mac?.target, 'dmg');
    assert.equal(config.win?.target, 'nsis');
    assert.equal(config.mac?.category, 'public.app-category.reference');
    assert.equal(config.linux?.category, 'Office');
    assert.deepEqual(config.nsis, { oneClick: false, allowToChangeInstallationDirectory: true });
  });

  test('puts `offprint` on the PATH of a deb install, so the CLI runs from the installed app', async () => {
    const linux = (await readBuildConfig()).linux;
    assert.equal(linux?.executableName, 'offprint');
  });

  test('opens .html, .htm and .md files, with their MIME types for the Linux desktop entry', async () => {
    const associations = (await readBuildConfig()).fileAssociations;
    assert.ok(Array.isArray(associations), 'fileAssociations must be a list');
    const byExtension = new Map<string, string | null | undefined>();
    for (const association of associations)
      for (const ext of [association.ext].flat()) byExtension.set(ext, association.mimeType);
    assert.deepEqual(Object.fromEntries(byExtension), { html: 'text/html', htm: 'text/html', md: 'text/markdown' });
    for (const association of associations) assert.equal(association.role, 'Viewer');
  });

  test('names icons made for the project, every one of which exists', async () => {
    const config = await readBuildConfig();
    assert.equal(config.linux?.icon, 'build/icons');
    assert.equal(config.mac?.icon, 'build/icon.png');
    assert.equal(config.win?.icon, 'build/icon.png');
    for (const file of ['build/icon.svg', 'build/icon.png', 'build/icons/512x512.png'])
      await access(path.join(root, file)).catch(() => assert.fail(`${file} is missing; run "npm run icons"`));
  });

  test('has the scripts that make the installers and the icons', async () => {
    const manifest: { scripts: Record<string, string> } = JSON.parse(
      await readFile(path.join(root, 'package.json'), 'utf8'),
    );
    assert.equal(manifest.scripts.dist, 'npm run build && electron-builder --publish never');
    assert.equal(manifest.scripts.icons, 'node --import tsx electron/host/render-icons.ts');
  });

  test('a copy with a misspelt Linux option is rejected', async () => {
    const config = await readBuildConfig();
    const broken = { ...config, linux: { ...config.linux, executablName: 'offprint' } } as Configuration;
    await assert.rejects(validate(broken), /configuration\.linux/);
  });
});
