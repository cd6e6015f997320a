import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { messageOf } from '../common/messages.ts';
import { judgeScan, type ScanRun, scanOutputSchema } from './electronegativity-verdict.ts';

/** The folders we ship or write the Electron-facing code in, and which of their files to scan. */
const scannedFolders = [
  { folder: 'dist/main', extensions: ['.js'] },
  { folder: 'dist/preload', extensions: ['.cjs'] },
  { folder: 'dist/renderer', extensions: ['.js', '.html'] },
  { folder: 'electron/main', extensions: ['.ts'] },
  { folder: 'electron/preload', extensions: ['.ts'] },
];

/** Checks that cannot work offline: this one downloads Electron's release list on every run. */
const offlineExclusions = ['AvailableSecurityFixesGlobalCheck'];

/** Node types Babel's ESTree output still uses for class private members, and the keys to walk in each. */
const privateMemberKeys: Record<string, string[]> = {
  ClassPrivateProperty: ['key', 'value'],
  ClassPrivateMethod: ['key', 'params', 'body'],
  PrivateName: ['id'],
  StaticBlock: ['body'],
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const requireHere = createRequire(import.meta.url);

/** Copies the files to scan into one temporary folder (so global checks see main, preload and renderer together). */
async function stageFiles(stage: string): Promise<Map<string, string>> {
  const originals = new Map<string, string>();
  for (const { folder, extensions } of scannedFolders) {
    const names = await readdir(path.join(root, folder)).catch(() => {
      throw new Error(`Cannot scan ${folder}: it does not exist; run \`npm run build\` first.`);
    });
    for (const name of names.sort()) {
      if (name.endsWith('.test.ts') || !extensions.some((extension) => name.endsWith(extension))) continue;
      // Electronegativity skips .cjs files, so the preload bundle is scanned under a .js name.
      const staged = path.join(stage, folder, name.endsWith('.cjs') ? `${name}.js` : name);
      await mkdir(path.dirname(staged), { recursive: true });
      await copyFile(path.join(root, folder, name), staged);
      originals.set(staged, `${folder}/${name}`);
    }
  }
  return originals;
}

/** Teaches the tree walker Electronegativity uses the class private members our bundles contain, as estraverse-fb does for JSX. */
function teachPrivateMembers(): void {
  const toolRequire = createRequire(requireHere.resolve('@doyensec/electronegativity'));
  const estraverse: { VisitorKeys: Record<string, string[]> } = toolRequire('estraverse-fb');
  Object.assign(estraverse.VisitorKeys, privateMemberKeys);
}

/** The Electron version we build against, from the installed package (the tool cannot look it up offline). */
async function readElectronVersion(): Promise<string> {
  const manifest: unknown = JSON.parse(await readFile(path.join(root, 'node_modules/electron/package.json'), 'utf8'));
  if (
    typeof manifest === 'object' &&
    manifest !== null &&
    'version' in manifest &&
    typeof manifest.version === 'string'
  )
    return manifest.version;
  throw new Error('Cannot read the Electron version from node_modules/electron/package.json; run `npm ci`.');
}

/**
 * Answers the tool's one network call (it fetches updated translations before every run) with "offline" at once,
 * so the scan never reaches for the network and does not wait seconds for a timeout.
 */
function keepOffline(): void {
  const localesRequire = createRequire(requireHere.resolve('@doyensec/electronegativity/dist/locales/i18n.js'));
  const gotPath = localesRequire.resolve('got');
  const offline = () => Promise.reject(new Error('Offprint scans offline.'));
  localesRequire.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline } as NodeJS.Module;
}

/** Runs Electronegativity over the staged files and returns its findings with the original file names. */
async function scanStaged(stage: string, originals: Map<string, string>): Promise<ScanRun> {
  teachPrivateMembers();
  keepOffline();
  const run: (options: Record<string, unknown>) => Promise<unknown> = requireHere('@doyensec/electronegativity');
  const output = scanOutputSchema.parse(
    await run({
      input: stage,
      electronVersionOverride: await readElectronVersion(),
      excludeFromScan: offlineExclusions,
      isRelative: false,
    }),
  );
  const original = (file: string) => originals.get(file) ?? file;
  return {
    ...output,
    filesScanned: originals.size,
    issues: output.issues.map((issue) => ({ ...issue, file: original(issue.file) })),
    errors: output.errors.map((error) => ({ ...error, file: original(error.file) })),
  };
}

/** Scans the built app and its Electron sources; exits 1 on a high finding or a file the tool could not parse. */
export async function scanWithElectronegativity(): Promise<number> {
  const stage = await mkdtemp(path.join(os.tmpdir(), 'offprint-scan-'));
  try {
    const verdict = judgeScan(await scanStaged(stage, await stageFiles(stage)));
    for (const line of verdict.failures) console.error(line);
    console.log(verdict.summary);
    return verdict.passed ? 0 : 1;
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

process.exitCode = await scanWithElectronegativity().catch((error: unknown) => {
  console.error(messageOf(error));
  return 1;
});
