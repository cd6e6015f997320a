import { readdir, readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

/** One import found in a source file, and whether it is erased at compile time. */
export interface FoundImport {
  specifier: string;
  typeOnly: boolean;
  line: number;
}

/** One import of one file: where it stands (`file:line`), and the project file it loads when the specifier is relative. */
export interface FileImport extends FoundImport {
  file: string;
  where: string;
  target: string | undefined;
}

const sourceFile = /\.(ts|tsx|mts|cts)$/;

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

/** Every import of every source file below `folders` of `root`, with paths relative to `root` in `/` form. */
export async function readImports(root: string, folders: string[]): Promise<FileImport[]> {
  const imports: FileImport[] = [];
  for (const file of await listSources(root, folders)) {
    const relative = file.split(path.sep).join('/');
    const text = await readFile(path.join(root, file), 'utf8');
    for (const found of findImports(relative, text)) {
      const target = resolveTarget(relative, found.specifier);
      imports.push({ ...found, file: relative, where: `${relative}:${found.line}`, target });
    }
  }
  return imports;
}

/** Every static import, re-export, dynamic `import()` and `require()` in a file. */
export function findImports(fileName: string, text: string): FoundImport[] {
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

/** Whether `specifier` names a Node built-in module (`node:fs`, `path`, `fs/promises`). */
export function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0] ?? '');
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
