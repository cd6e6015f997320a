/**
 * `npm run bench`: generates archives of 1k, 10k and 50k reviews in a temp folder, measures opening, reading and
 * saving notes beside their floors and a single-file lowdb baseline, the library's first paint and scrolling in
 * Chromium, the speed of importing a folder of 1,000 files, search, and backup, restore and export beside a plain
 * `tar czf`; prints the figures (never asserts them).
 */
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { messageOf } from '../common/messages.ts';
import { measureBackup } from './backup-measurement.ts';
import { formatBackup } from './backup-report.ts';
import { parseBenchOptions } from './bench-options.ts';
import { formatImport, formatMachine, formatSize, formatTargets } from './bench-report.ts';
import { attempt, type SizeResult } from './bench-results.ts';
import { benchSize } from './bench-size.ts';
import { checkTargets } from './bench-targets.ts';
import { measureImport } from './import-measurement.ts';
import { findLibraryBrowser } from './library-paint.ts';
import { describeMachine } from './machine-info.ts';
import { measureSearch } from './search-measurement.ts';
import { formatSearch } from './search-report.ts';

/** The folder the import speed is measured on: this many generated files of about 10 KB. */
const importedFiles = 1000;
const importSeed = 20020902;

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const root = await mkdtemp(path.join(os.tmpdir(), 'offprint-bench-'));
  const removeRoot = () => rmSync(root, { recursive: true, force: true });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      removeRoot();
      process.stderr.write(`\nStopped; removed ${root}.\n`);
      process.exit(130);
    });
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const start = performance.now();
  try {
    const machine = describeMachine(root);
    if (!options.json) console.log(`Offprint archive benchmark\n${formatMachine(machine, null)}\n`);
    const browser = findLibraryBrowser(process.env);
    if ('skipped' in browser) log(`library in Chromium: skipped, ${browser.skipped}`);
    const sizes: SizeResult[] = [];
    for (const size of options.sizes) {
      const result = await benchSize(root, size, browser, log);
      sizes.push(result);
      if (!options.json) console.log(`${formatSize(result)}\n`);
    }
    log(`import: generating and importing ${importedFiles} files…`);
    const imported = await attempt(() => measureImport(root, importedFiles, importSeed));
    if (!options.json) console.log(`${formatImport(imported, importedFiles)}\n`);
    const searched = [];
    for (const size of options.sizes) searched.push(await attempt(() => measureSearch(root, size, log)));
    if (!options.json) console.log(`${formatSearch(searched)}\n`);
    const backedUp = [];
    for (const size of options.sizes) backedUp.push(await attempt(() => measureBackup(root, size, log)));
    if (!options.json) console.log(`${formatBackup(backedUp)}\n`);
    const targets = checkTargets(sizes);
    const runMs = performance.now() - start;
    if (options.json) {
      const report = {
        machine,
        runSeconds: Math.round(runMs / 1000),
        sizes,
        import: imported,
        search: searched,
        backup: backedUp,
        targets,
      };
      console.log(JSON.stringify(report, (_key, value) => (typeof value === 'number' ? roundTo3(value) : value), 2));
    } else {
      console.log(`${formatTargets(targets, options.sizes)}\n\nrun time: ${(runMs / 1000).toFixed(0)} s`);
    }
  } finally {
    removeRoot();
  }
}

function roundTo3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

main().catch((error: unknown) => {
  process.stderr.write(`The benchmark stopped: ${messageOf(error)}\n`);
  process.exitCode = 1;
});
