/**
 * For tests only: from now on, `import … from 'electron'` anywhere (the project's code and its dependencies) loads
 * electron-stand-in.ts. Import this first, then load electron/main modules with a dynamic `await import(…)`.
 */
import { register } from 'node:module';

const standIn = new URL('./electron-stand-in.ts', import.meta.url).href;
// Handed on to the next resolver (tsx's), which marks the .ts file for compiling.
const hook = `export async function resolve(specifier, context, next) {
  return next(specifier === 'electron' ? ${JSON.stringify(standIn)} : specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
