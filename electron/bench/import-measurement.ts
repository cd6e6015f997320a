import { rm } from 'node:fs/promises';
import path from 'node:path';
import { openLibrary } from '../api/library.ts';
import { writeImportFiles } from '../fake-data/generate-import-files.ts';
import { timed } from './measure.ts';

/** How fast a folder of generated files is imported into an empty archive, and re-imported as duplicates. */
export interface ImportResult {
  files: number;
  bytes: number;
  importMs: number;
  filesPerSecond: number;
  imported: number;
  failed: number;
  /** Importing the same folder again, when every file is found already in the archive. */
  reimportMs: number;
}

/**
 * Writes `count` files of about 10 KB (Markdown and page-text copies in turn) under `root`, imports the folder
 * into an empty archive through `importFiles`, then imports it again; deletes both afterwards.
 */
export async function measureImport(root: string, count: number, seed: number): Promise<ImportResult> {
  const folder = path.join(root, `import-${count}`);
  const archiveDir = path.join(root, `import-archive-${count}`);
  try {
    const written = await writeImportFiles(folder, count, { seed });
    const library = await openLibrary(archiveDir, { addSample: false });
    try {
      const first = await timed(() => library.api.importFiles({ paths: [folder] }));
      const again = await timed(() => library.api.importFiles({ paths: [folder] }));
      return {
        files: count,
        bytes: written.bytes,
        importMs: first.ms,
        filesPerSecond: count / (first.ms / 1000),
        imported: first.value.imported.length,
        failed: first.value.failed.length,
        reimportMs: again.ms,
      };
    } finally {
      await library.archive.close();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
    await rm(archiveDir, { recursive: true, force: true });
  }
}
