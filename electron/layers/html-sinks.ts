import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { listSources } from './layer-rules.ts';

/** Properties that parse a string as HTML when assigned. */
const sinkProperties = new Set(['innerHTML', 'outerHTML', 'srcdoc']);
/** Methods that parse a string as HTML or write it into the document. */
const sinkMethods = new Set(['insertAdjacentHTML', 'createContextualFragment', 'setHTMLUnsafe']);
/** Methods that are sinks only on a document (a file's or a stream's `write` is not). */
const documentMethods = new Set(['write', 'writeln']);
/** The one module allowed to turn a string into DOM: it hands the string to DOMPurify and nothing else. */
const sanitizer = 'renderer/markdown/render-markdown.ts';

/**
 * Every place in the code (tests aside) that could put a string into the page as HTML: assignments to innerHTML,
 * outerHTML or srcdoc, insertAdjacentHTML, document.write, createContextualFragment, a DOMParser reading anything
 * but XML, Preact's
 * dangerouslySetInnerHTML, and an execCommand other than a literal 'insertText'. Only the sanitizer module may parse HTML (through DOMPurify). One readable line each.
 */
export async function findHtmlSinks(root: string): Promise<string[]> {
  const found: string[] = [];
  for (const file of await listSources(root, ['electron', 'renderer'])) {
    const relative = file.split(path.sep).join('/');
    if (relative.endsWith('.test.ts') || relative === sanitizer) continue;
    const text = await readFile(path.join(root, file), 'utf8');
    const source = ts.createSourceFile(relative, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const where = (node: ts.Node) => `${relative}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const name = node.name.text;
        if (sinkProperties.has(name))
          found.push(`${where(node)} uses ${name}; put text in as text, or go through ${sanitizer}.`);
        const onDocument = /(^|\.)document$/.test(node.expression.getText(source));
        if ((sinkMethods.has(name) || (documentMethods.has(name) && onDocument)) && ts.isCallExpression(node.parent)) {
          found.push(`${where(node)} calls ${name}(); put text in as text, or go through ${sanitizer}.`);
        }
      }
      if (ts.isCallExpression(node) && isHtmlCommand(node)) {
        found.push(`${where(node)} runs an editing command that can insert HTML; insert text with 'insertText'.`);
      }
      if (ts.isCallExpression(node) && parsesHtml(node)) {
        found.push(`${where(node)} parses HTML with a DOMParser; only ${sanitizer} may, through DOMPurify.`);
      }
      if (ts.isJsxAttribute(node) && node.name.getText(source) === 'dangerouslySetInnerHTML') {
        found.push(`${where(node)} uses dangerouslySetInnerHTML; render text, or go through ${sanitizer}.`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** An `execCommand` call whose command is not the literal 'insertText' (`insertHTML`, or one chosen at run time). */
function isHtmlCommand(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'execCommand') return false;
  const command = call.arguments[0];
  return !(command && ts.isStringLiteralLike(command) && command.text === 'insertText');
}

/** XML types a DOMParser may read outside the sanitizer: they make an XML document, never HTML for the page. */
const xmlTypes = new Set(['application/xml', 'text/xml']);

/** A `parseFromString` call whose type is not a literal XML type (`text/html`, SVG, or one chosen at run time). */
function parsesHtml(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'parseFromString') return false;
  const type = call.arguments[1];
  return !(type && ts.isStringLiteralLike(type) && xmlTypes.has(type.text));
}
