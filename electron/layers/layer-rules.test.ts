import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { writeTempTree } from '../fake-data/temp-tree.ts';
import { findLayerViolations, listSources } from './layer-rules.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

const tree = (files: Record<string, string>) => writeTempTree('offprint-layers-', files);

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

test('the renderer runs only the page-method list and OffprintError from electron/, and takes types only from the contract and the model', async () => {
  const root = await tree({
    'renderer/ok.ts': [
      "import { buildBridgeMethods } from '../electron/api/page-methods.ts';",
      "import { OffprintError } from '../electron/model/offprint-error.ts';",
      "import type { Review } from '../electron/model/review.ts';",
    ].join('\n'),
    'renderer/bad-model.ts': "import { reviewSchema } from '../electron/model/review.ts';",
    'renderer/bad-types.ts': "import type { Library } from '../electron/api/library.ts';",
  });
  assert.deepEqual(await findLayerViolations(root), [
    'renderer/bad-model.ts:1 imports runtime code from electron/model/review.ts; the renderer may import only types from electron/.',
    'renderer/bad-types.ts:1 imports types from electron/api/library.ts; the renderer takes types only from electron/api/contract.ts and electron/model/.',
  ]);
});

test('electron/model imports nothing of the project but itself: only zod and Node', async () => {
  const root = await tree({
    'electron/model/review.ts':
      "import { z } from 'zod';\nimport path from 'node:path';\nimport { id } from './id.ts';",
    'electron/model/id.ts': "import { z } from 'zod';",
    'electron/model/note.ts': "import type { Settings } from '../api/contract.ts';\nimport { marked } from 'marked';",
  });
  assert.deepEqual(await findLayerViolations(root), [
    'electron/model/note.ts:1 imports "../api/contract.ts"; electron/model imports nothing but zod and Node.',
    'electron/model/note.ts:2 imports "marked"; electron/model imports nothing but zod and Node.',
  ]);
});

test('the folders below the API never import it, not even in a test or for a type', async () => {
  const root = await tree({
    'electron/api/library.ts': "import { Archive } from '../archive/archive.ts';",
    'electron/archive/archive.ts': "import { OffprintError } from '../model/offprint-error.ts';",
    'electron/importers/html-import.test.ts': "import { openLibrary } from '../api/library.ts';",
    'electron/search/index/segment.ts': "import type { ApiResult } from '../../api/contract.ts';",
    'electron/serve/server.ts': "import { dispatch } from '../api/dispatch.ts';",
  });
  assert.deepEqual(await findLayerViolations(root), [
    'electron/importers/html-import.test.ts:1 imports electron/api/library.ts; the folders below the API never import electron/api.',
    'electron/search/index/segment.ts:1 imports electron/api/contract.ts; the folders below the API never import electron/api.',
  ]);
});

test('two folders that import each other fail, a subfolder counting as its folder, and each step is named', async () => {
  const root = await tree({
    'electron/api/library.ts': "import { Archive } from '../archive/archive.ts';",
    'electron/archive/archive.ts': "import { x } from './backup/backup-file.ts';",
    'electron/archive/backup/backup-file.ts': "import type { Sample } from '../../importers/sample.ts';",
    'electron/archive/backup/backup-schedule.ts': "import { y } from '../../importers/sample.ts';",
    'electron/importers/sample.ts': "import { Archive } from '../archive/archive.ts';",
    'electron/cli/a.ts': "import { b } from '../serve/b.ts';",
    'electron/serve/b.ts': "import { c } from '../host/c.ts';",
    'electron/host/c.ts': "import { a } from '../cli/a.ts';",
  });
  assert.deepEqual(await findLayerViolations(root), [
    'import cycle between folders electron/archive → electron/importers → electron/archive: ' +
      'electron/archive/backup/backup-file.ts:1 and 1 more (electron/archive → electron/importers); ' +
      'electron/importers/sample.ts:1 (electron/importers → electron/archive); ' +
      'dependencies point one way, so the lower folder must stop importing the higher one.',
    'import cycle between folders electron/cli → electron/serve → electron/host → electron/cli: ' +
      'electron/cli/a.ts:1 (electron/cli → electron/serve); electron/serve/b.ts:1 (electron/serve → electron/host); ' +
      'electron/host/c.ts:1 (electron/host → electron/cli); ' +
      'dependencies point one way, so the lower folder must stop importing the higher one.',
  ]);
});

test('imports that all point one way, and imports inside one folder, are no cycle', async () => {
  const root = await tree({
    'electron/api/library.ts': "import { Archive } from '../archive/archive.ts';\nimport { z } from '../model/id.ts';",
    'electron/archive/archive.ts': "import { a } from './backup/backup-file.ts';\nimport { z } from '../model/id.ts';",
    'electron/archive/backup/backup-file.ts': "import { Archive } from '../archive.ts';",
    'electron/model/id.ts': "import { z } from 'zod';",
  });
  assert.deepEqual(await findLayerViolations(root), []);
});
