// Builds every part of Offprint into dist/: main process, preload, CLI and renderer.
// `--if-stale` skips the build when nothing under the sources changed since the last one.
import { cp, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(root, 'dist');
const stamp = path.join(dist, '.build-stamp');
const sources = ['electron', 'renderer', 'assets', 'package.json', 'esbuild.mjs'];

async function newestChange(entry) {
  const info = await stat(entry);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const child of await readdir(entry)) newest = Math.max(newest, await newestChange(path.join(entry, child)));
  return newest;
}

async function isStale() {
  const built = await stat(stamp).then(
    (info) => info.mtimeMs,
    () => 0,
  );
  for (const source of sources) if ((await newestChange(path.join(root, source))) > built) return true;
  return false;
}

// Node ESM bundles need `require` for the few CommonJS dependencies they inline.
const nodeBanner =
  "import { createRequire as offprintRequire } from 'node:module'; const require = offprintRequire(import.meta.url);";
const node = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  external: ['electron', 'jsdom'],
  // citation-js reaches for sync-fetch, which spawns process.execPath (Electron itself in the app) on a worker found
  // through __dirname (absent in an ESM bundle). Offprint never fetches while formatting citations: ours refuses.
  alias: { 'sync-fetch': './electron/export/offline-fetch.ts' },
};

async function buildAll() {
  await rm(dist, { recursive: true, force: true });
  await Promise.all([
    build({
      ...node,
      format: 'esm',
      banner: { js: nodeBanner },
      // The search worker sits beside each bundle that starts it (search-service.ts finds it next to itself).
      entryPoints: {
        'main/main': 'electron/main/main.ts',
        'main/search-worker': 'electron/search/worker/search-worker.ts',
      },
      outdir: dist,
      outExtension: { '.js': '.js' },
    }),
    build({
      ...node,
      format: 'cjs',
      entryPoints: { 'preload/preload': 'electron/preload/preload.ts' },
      outdir: dist,
      outExtension: { '.js': '.cjs' },
    }),
    build({
      ...node,
      format: 'esm',
      banner: { js: `#!/usr/bin/env node\n${nodeBanner}` },
      entryPoints: {
        'cli/offprint': 'electron/cli/offprint.ts',
        'cli/launch': 'electron/cli/launch.ts',
        'cli/search-worker': 'electron/search/worker/search-worker.ts',
      },
      outdir: dist,
    }),
    build({
      absWorkingDir: root,
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'chrome130',
      sourcemap: 'linked',
      logLevel: 'warning',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      entryPoints: { app: 'renderer/main.tsx', styles: 'renderer/styles.css' },
      outdir: path.join(dist, 'renderer'),
    }),
  ]);
  await mkdir(path.join(dist, 'renderer'), { recursive: true });
  await cp(path.join(root, 'renderer', 'index.html'), path.join(dist, 'renderer', 'index.html'));
  await writeFile(stamp, new Date().toISOString());
}

if (process.argv.includes('--if-stale') && !(await isStale())) process.exit(0);
await buildAll();
