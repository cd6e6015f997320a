import { readdir, readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

/** One import found in a source file, and whether it is erased at compile time. */
interface FoundImport {
  specifier: string;
  typeOnly: boolean;
  line: number;
}

const electronHosts = ['electron/main/', 'electron/preload/'];
const sourceFile = /\.(ts|tsx|mts|cts)$/;

/** Lists every break of the layer rules under `root`, one readable line each (empty when all is well). */
export async function findLayerViolations(root: string): Promise<string[]> {
  const violations: string[] = [];
  for (const file of await listSources(root, ['electron', 'renderer'])) {
    const relative = file.split(path.sep).join('/');
    const text = await readFile(path.join(root, file), 'utf8');
    for (const found of findImports(relative, text)) {
      const target = resolveTarget(relative, found.specifier);
      const where = `${relative}:${found.line}`;
      const inHost = electronHosts.some((prefix) => relative.startsWith(prefix));
      if (found.specifier === 'electron' && !inHost && !found.typeOnly) {
        violations.push(`${where} imports "electron"; only electron/main and electron/preload may.`);
      }
      if (target && electronHosts.some((prefix) => target.startsWith(prefix)) && !inHost && !found.typeOnly) {
        violations.push(
          `${where} loads ${target}, which imports "electron"; keep that code in electron/main or electron/preload.`,
        );
      }
      if (relative.startsWith('renderer/')) {
        if (target?.startsWith('electron/') && !found.typeOnly) {
          violations.push(
            `${where} imports runtime code from ${target}; the renderer may import only types from electron/.`,
          );
        }
        // Tests of renderer code run in Node (jsdom, a real server); the page itself never does.
        if (isNodeBuiltin(found.specifier) && !relative.endsWith('.test.ts')) {
          violations.push(`${where} imports the Node module "${found.specifier}"; the renderer never gets Node.`);
        }
      }
    }
  }
  return violations;
}

/** Every TypeScript source file below `folders` of `root`, as paths relative to `root`, sorted. */
export async function listSources(root: string, folders: string[]): Promise<string[]> {
  const files: string[] = [];
  async function walk(relative: string): Promise<void> {
    const entries = await readdir(path.join(root, relative), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') await walk(child);
      else if (entry.isFile() && sourceFile.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(child);
    }
  }
  for (const folder of folders) await walk(folder);
  return files.sort();
}

/** Every static import, re-export, dynamic `import()` and `require()` in a file. */
function findImports(fileName: string, text: string): FoundImport[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: FoundImport[] = [];
  const line = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: isTypeOnlyImport(node), line: line(node) });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly, line: line(node) });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression;
      if (ts.isStringLiteral(expression)) {
        found.push({ specifier: expression.text, typeOnly: node.isTypeOnly, line: line(node) });
      }
    } else if (ts.isCallExpression(node)) {
      const [first] = node.arguments;
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if ((isImport || isRequire) && first && ts.isStringLiteralLike(first)) {
        found.push({ specifier: first.text, typeOnly: false, line: line(node) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return !!bindings && ts.isNamedImports(bindings) && bindings.elements.every((element) => element.isTypeOnly);
}

function resolveTarget(fromFile: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
}

function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0] ?? '');
}
