import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openLibrary } from '../library.ts';

/** The shared fixture review, read where it lives (never copied into the project). */
export const fixtureReview = new URL('../../../../shared/fixtures/pages/weekly-review-63.txt', import.meta.url);

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * A closed archive in a new temp folder (under `parent`, or a new one) holding the sample, the fixture review
 * imported for real, an HTML page with an image saved as an asset, a note, a highlight, a reading position,
 * a review marked read and a changed setting. Answers its folder and the fixture review's id.
 */
export async function filledArchive(parent?: string): Promise<{ dir: string; reviewId: string }> {
  const root = parent ?? (await mkdtemp(path.join(os.tmpdir(), 'offprint-backup-')));
  const dir = path.join(root, 'archive');
  const page = path.join(root, 'pictures.html');
  const filler = 'The papers read the talks as a story about survival and the long road to a settlement. '.repeat(6);
  await writeFile(
    page,
    `<!DOCTYPE html><html><head><title>Pictures of the strike</title></head><body><article><h1>Pictures of the strike</h1><p>${filler}</p><p><img src="data:image/png;base64,${png.toString('base64')}" alt="chart"></p><p>${filler}</p></article></body></html>`,
  );
  const library = await openLibrary(dir);
  try {
    const imported = await library.api.importFiles({ paths: [fileURLToPath(fixtureReview), page] });
    assert.deepEqual(imported.failed, []);
    assert.equal(imported.imported.length, 2);
    const reviewId = imported.imported[0]?.id ?? '';
    await library.api.saveNote({ reviewId, body: 'A note on the **talks**.' });
    await library.api.saveHighlight({
      reviewId,
      selector: { quote: { exact: 'North Korea', prefix: '', suffix: '' }, position: { start: 10, end: 21 } },
      color: 'yellow',
      body: 'Worth a second look.',
      tags: ['talks'],
    });
    await library.api.saveReadingPosition({ id: reviewId, position: 0.5 });
    await library.api.setRead({ id: imported.imported[1]?.id ?? '', read: true });
    await library.api.updateSettings({ theme: 'dark' });
    return { dir, reviewId };
  } finally {
    await library.close();
  }
}

/** Every file under `dir` (search index, lock and temp files left out) mapped to its sha256, by relative path. */
export async function fileDigests(dir: string): Promise<Map<string, string>> {
  const digests = new Map<string, string>();
  const walk = async (relative: string): Promise<void> => {
    for (const entry of await readdir(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (relative === '' && ['search', '.tmp', '.lock'].includes(entry.name)) continue;
      if (entry.isDirectory()) await walk(child);
      else
        digests.set(
          child,
          createHash('sha256')
            .update(await readFile(path.join(dir, child)))
            .digest('hex'),
        );
    }
  };
  await walk('');
  return new Map([...digests].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
