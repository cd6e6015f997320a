import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findLayerViolations, listSources } from './layer-rules.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

async function tree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'offprint-layers-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  return root;
}

test('the project keeps its layers: electron only in main and preload, renderer takes only types', async () => {
  // A root that cannot be read would leave nothing to check and pass silently.
  assert.ok((await listSources(projectRoot, ['electron', 'renderer'])).length > 300);
  assert.deepEqual(await findLayerViolations(projectRoot), []);
});

test('importing electron outside main and preload is caught, in every form', async () => {
  const root = await tree({
    'electron/main/main.ts': "import { app } from 'electron';",
    'electron/preload/preload.ts': "const { contextBridge } = require('electron');",
    'electron/archive/a.ts': "import { app } from 'electron';",
    'electron/archive/b.ts': "const e = require('electron');",
    'electron/archive/c.ts': "const e = await import('electron');",
    'electron/archive/d.ts': "export { app } from 'electron';",
  });
  const found = await findLayerViolations(root);
  assert.equal(found.length, 4, found.join('\n'));
  assert.ok(found.every((line) => line.includes('imports "electron"; only electron/main and electron/preload may.')));
});

test('code outside the hosts that loads electron/main is caught, so unit tests never load Electron', async () => {
  const root = await tree({
    'electron/main/ipc.ts': 'export const x = 1;',
    'electron/api/library.test.ts': "import { x } from '../main/ipc.ts';",
  });
  assert.match(
    (await findLayerViolations(root))[0] ?? '',
    /electron\/api\/library\.test\.ts:1 loads electron\/main\/ipc\.ts/,
  );
});

test('the renderer may import types from electron/ but no runtime code and no Node', async () => {
  const root = await tree({
    'renderer/ok.ts': [
      "import type { Review } from '../electron/api/contract.ts';",
      "import { type Note } from '../electron/api/contract.ts';",
      "export type { Settings } from '../electron/api/contract.ts';",
    ].join('\n'),
    'renderer/bad-runtime.ts': "import { methods } from '../electron/api/contract.ts';",
    'renderer/bad-mixed.ts': "import { type Review, methods } from '../electron/api/contract.ts';",
    'renderer/bad-node.ts': "import fs from 'node:fs';\nimport path from 'path';",
    'renderer/ok.test.ts': "import { JSDOM } from 'jsdom';\nimport assert from 'node:assert/strict';",
  });
  const found = await findLayerViolations(root);
  assert.deepEqual(found, [
    'renderer/bad-mixed.ts:1 imports runtime code from electron/api/contract.ts; the renderer may import only types from electron/.',
    'renderer/bad-node.ts:1 imports the Node module "node:fs"; the renderer never gets Node.',
    'renderer/bad-node.ts:2 imports the Node module "path"; the renderer never gets Node.',
    'renderer/bad-runtime.ts:1 imports runtime code from electron/api/contract.ts; the renderer may import only types from electron/.',
  ]);
});
