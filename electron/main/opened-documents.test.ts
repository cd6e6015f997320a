import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { openLibrary } from '../api/library.ts';
import { PendingWork } from '../host/pending-work.ts';
import './test-support/electron-alias.ts';

const { OpenedDocuments } = await import('./opened-documents.ts');
const standIn = await import('./test-support/electron-stand-in.ts');

test('a file opened while no window is open is imported, and then a window opens on it', async () => {
  const library = await openLibrary(await mkdtemp(path.join(os.tmpdir(), 'offprint-opened-archive-')), {
    addSample: false,
  });
  try {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'offprint-opened-files-'));
    const file = path.join(folder, 'ledger.md');
    await writeFile(file, '# The Ledger on strikes\n\nThe Ledger let the workers speak.\n');
    const work = new PendingWork();
    const opened: string[] = [];
    const documents = new OpenedDocuments(
      work,
      () => null,
      async () => {
        opened.push((await library.api.getSettings({})).lastReviewId ?? 'none');
      },
    );
    await documents.attach(library.api);
    const start = standIn.recorded.length;
    documents.open([file]);
    assert.deepEqual(work.labels(), ['importing a file']);
    await work.settled();
    const [review] = (await library.api.listReviews({})).reviews;
    assert.ok(review, 'the file was not imported');
    assert.deepEqual(opened, [review.id]);
    assert.deepEqual(standIn.recordedNames().slice(start), []);
  } finally {
    await library.close();
  }
});

test('a file opened while the window is open is shown in it by a reload', async () => {
  const library = await openLibrary(await mkdtemp(path.join(os.tmpdir(), 'offprint-opened-archive-')), {
    addSample: false,
  });
  try {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'offprint-opened-files-')), 'post.md');
    await writeFile(file, '# The Post counts the cost\n\nA column.\n');
    const window = new standIn.BrowserWindow({});
    const work = new PendingWork();
    let opened = 0;
    const documents = new OpenedDocuments(
      work,
      () => window as never,
      async () => void opened++,
    );
    await documents.attach(library.api);
    const start = standIn.recorded.length;
    documents.open([file]);
    await work.settled();
    assert.equal(opened, 0);
    assert.deepEqual(standIn.recordedNames().slice(start), ['window.focus', 'webContents.reload']);
    window.destroy();
  } finally {
    await library.close();
  }
});
