import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const esmBundles = [
  'main/main.js',
  'main/search-worker.js',
  'cli/offprint.js',
  'cli/launch.js',
  'cli/search-worker.js',
];
const refusal = 'Offprint never fetches over the network while it formats citations';

async function readBundle(name: string): Promise<string> {
  return readFile(path.join(projectRoot, 'dist', name), 'utf8').catch(() => {
    throw new Error(`dist/${name} is missing; run "npm run build" first.`);
  });
}

test('no Node bundle carries sync-fetch or any use of __dirname, which an ESM bundle does not have', async () => {
  for (const name of esmBundles) {
    const bundle = await readBundle(name);
    assert.ok(!bundle.includes('sync-fetch does not support bodies'), `dist/${name} contains sync-fetch`);
    assert.ok(!bundle.includes('__dirname'), `dist/${name} uses __dirname`);
  }
  for (const name of ['main/main.js', 'cli/offprint.js']) {
    assert.ok((await readBundle(name)).includes(refusal), `dist/${name} lacks Offprint's stand-in for sync-fetch`);
  }
});

test('citation-js sends no request for a URL: it has no parser for one, and its fetch refuses in one plain line', async () => {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.end('@article{a, title = {Fetched}}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/references.bib`;
  const work = await mkdtemp(path.join(os.tmpdir(), 'offprint-offline-fetch-'));
  try {
    const outfile = path.join(work, 'cite-url.mjs');
    await build({
      stdin: {
        contents: [
          "import { Cite, util } from '@citation-js/core';",
          "import '@citation-js/plugin-bibtex';",
          "import '@citation-js/plugin-csl';",
          "import '@citation-js/plugin-ris';",
          'const url = process.argv[2];',
          'const withHeaders = { headers: { accept: "text/plain" } };',
          'for (const attempt of [() => new Cite(url), () => util.fetchFile(url), () => util.fetchFile(url, withHeaders)]) {',
          '  try { attempt(); console.log("no error"); }',
          '  catch (error) { console.log(error.name + ": " + error.message); }',
          '}',
        ].join('\n'),
        resolveDir: projectRoot,
      },
      absWorkingDir: projectRoot,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'silent',
      banner: {
        js: "import { createRequire as offprintRequire } from 'node:module'; const require = offprintRequire(import.meta.url);",
      },
      // The same alias as esbuild.mjs gives every Node bundle.
      alias: { 'sync-fetch': './electron/export/offline-fetch.ts' },
    });
    const { stdout } = await promisify(execFile)(process.execPath, [outfile, url]);
    const refusedLine = `OffprintError: ${refusal}, and ${url} was given as citation data; import the page first (offprint import <url>), then export the review`;
    assert.deepEqual(stdout.trim().split('\n'), [
      'TypeError: No synchronous parser found for @else/url',
      refusedLine,
      refusedLine,
    ]);
    assert.deepEqual(requests, []);
  } finally {
    server.close();
    await rm(work, { recursive: true, force: true });
  }
});
