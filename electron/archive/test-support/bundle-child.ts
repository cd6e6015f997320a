import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Bundles a child-process script into one ESM file in `outDir`, so it starts in plain `node` without tsx. */
export async function bundleChild(entry: URL, outDir: string): Promise<string> {
  const source = fileURLToPath(entry);
  const outfile = path.join(outDir, `${path.basename(source, '.ts')}.mjs`);
  await build({
    entryPoints: [source],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'silent',
    // An alias, as in esbuild.mjs: bundled packages import `createRequire` themselves.
    banner: {
      js: "import { createRequire as offprintRequire } from 'node:module'; const require = offprintRequire(import.meta.url);",
    },
  });
  return outfile;
}
