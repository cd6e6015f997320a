import { findFolderCycles, folderOf } from './folder-cycles.ts';
import { type FileImport, isNodeBuiltin, readImports } from './source-imports.ts';

export { listSources } from './source-imports.ts';

const electronHosts = ['electron/main/', 'electron/preload/'];
/** The folders below the API: they serve it and never import it. */
const belowApi = [
  'electron/archive/',
  'electron/importers/',
  'electron/search/',
  'electron/references/',
  'electron/export/',
];
/** The only electron/ modules the page may run: neither loads anything heavy. */
const rendererRuntime = ['electron/api/page-methods.ts', 'electron/model/offprint-error.ts'];
/** Where the page may take types from (besides rendererRuntime). */
const rendererTypes = ['electron/api/contract.ts', 'electron/model/'];

/** Lists every break of the layer rules under `root`, one readable line each (empty when all is well). */
export async function findLayerViolations(root: string): Promise<string[]> {
  const imports = await readImports(root, ['electron', 'renderer']);
  const violations = imports.flatMap(checkImport);
  const edges = imports.flatMap(({ file, target, where }) =>
    target ? [{ from: folderOf(file), to: folderOf(target), where }] : [],
  );
  return [...violations, ...findFolderCycles(edges)];
}

/** The rules one import can break on its own. */
function checkImport(found: FileImport): string[] {
  const { file, target, where, specifier, typeOnly } = found;
  const violations: string[] = [];
  const inHost = electronHosts.some((prefix) => file.startsWith(prefix));
  if (specifier === 'electron' && !inHost && !typeOnly) {
    violations.push(`${where} imports "electron"; only electron/main and electron/preload may.`);
  }
  if (target && electronHosts.some((prefix) => target.startsWith(prefix)) && !inHost && !typeOnly) {
    violations.push(
      `${where} loads ${target}, which imports "electron"; keep that code in electron/main or electron/preload.`,
    );
  }
  if (file.startsWith('electron/model/') && !isModelImport(found)) {
    violations.push(`${where} imports "${specifier}"; electron/model imports nothing but zod and Node.`);
  }
  if (target?.startsWith('electron/api/') && belowApi.some((prefix) => file.startsWith(prefix))) {
    violations.push(`${where} imports ${target}; the folders below the API never import electron/api.`);
  }
  if (file.startsWith('renderer/')) violations.push(...checkRendererImport(found));
  return violations;
}

function checkRendererImport({ file, target, where, specifier, typeOnly }: FileImport): string[] {
  const violations: string[] = [];
  if (target?.startsWith('electron/') && !rendererRuntime.includes(target)) {
    if (!typeOnly) {
      violations.push(
        `${where} imports runtime code from ${target}; the renderer may import only types from electron/.`,
      );
    } else if (!rendererTypes.some((allowed) => target.startsWith(allowed))) {
      violations.push(
        `${where} imports types from ${target}; the renderer takes types only from electron/api/contract.ts and electron/model/.`,
      );
    }
  }
  // Tests of renderer code run in Node (jsdom, a real server); the page itself never does.
  if (isNodeBuiltin(specifier) && !file.endsWith('.test.ts')) {
    violations.push(`${where} imports the Node module "${specifier}"; the renderer never gets Node.`);
  }
  return violations;
}

function isModelImport({ specifier, target }: FileImport): boolean {
  if (target) return target.startsWith('electron/model/');
  return specifier === 'zod' || isNodeBuiltin(specifier);
}
