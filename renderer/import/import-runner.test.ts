import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MethodInput } from '../../electron/api/contract.ts';
import type { ImportSummary } from '../../electron/model/import-summary.ts';
import type { ReviewSummary } from '../../electron/model/review.ts';
import { type ImportApi, type ImportProgress, ImportRunner } from './import-runner.ts';
import { electronUploadLimits } from './upload-plan.ts';

function review(title: string): ReviewSummary {
  return { id: title.replace(/\W/g, '-'), title, authors: [], importedAt: '2024-01-01', referenceCount: 0, tags: [] };
}

/** An in-memory host: imports every file, reports one as already there, can refuse calls or hold them. */
function fakeHost() {
  const calls: MethodInput<'importUpload'>[] = [];
  const host = { refuse: undefined as string | undefined, held: undefined as Promise<void> | undefined };
  const api: ImportApi = {
    async importUpload(input) {
      calls.push(input);
      await host.held;
      if (host.refuse) throw new Error(host.refuse);
      const summary: ImportSummary = { imported: [], duplicates: [], failed: [], notices: [] };
      for (const file of input.files) {
        const text = Buffer.from(file.dataBase64, 'base64').toString('utf8');
        if (text === 'seen') summary.duplicates.push({ name: file.name, existingId: 'old' });
        else summary.imported.push(review(text));
      }
      return summary;
    },
    async importUrl({ url }) {
      if (url.includes('missing')) throw new Error('The archive is read-only; nothing can be imported.');
      return { imported: [review(url)], duplicates: [], failed: [], notices: ['Dropped one remote image'] };
    },
  };
  return { api, calls, host };
}

function picked(name: string, text: string, relativePath?: string) {
  return { file: new File([text], name), ...(relativePath ? { relativePath } : {}) };
}

function settled(runner: ImportRunner): Promise<void> {
  if (!runner.state.progress) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = runner.onChange(() => {
      if (runner.state.progress) return;
      stop();
      resolve();
    });
  });
}

test('picked files are sent as base64 with their folder paths, and the summary appears when all are done', async () => {
  const { api, calls } = fakeHost();
  const runner = new ImportRunner(api, electronUploadLimits);
  const seen: (ImportProgress | undefined)[] = [];
  runner.onChange(() => seen.push(runner.state.progress));
  await runner.importFiles([picked('a.md', 'First'), picked('b.md', 'seen', 'folder/b.md')]);
  assert.deepEqual(calls, [
    {
      files: [
        { name: 'a.md', dataBase64: Buffer.from('First').toString('base64') },
        { name: 'b.md', relativePath: 'folder/b.md', dataBase64: Buffer.from('seen').toString('base64') },
      ],
    },
  ]);
  await settled(runner);
  assert.equal(runner.state.summary?.imported[0]?.title, 'First');
  assert.deepEqual(runner.state.summary?.duplicates, [{ name: 'b.md', existingId: 'old' }]);
  assert.deepEqual(seen[0], { done: 0, total: 2, current: 'a.md' });
  assert.ok(seen.some((progress) => progress?.done === 2 && progress.total === 2));
});

test('a call the host refuses marks each of its files as failed with the host’s reason, and the rest go on', async () => {
  const { api, host } = fakeHost();
  const runner = new ImportRunner(api, { ...electronUploadLimits, maxBatchFiles: 1 });
  host.refuse = 'The request body is larger than 16 MiB; send less at once.';
  const first = runner.importFiles([picked('a.md', 'A')]);
  await first;
  host.refuse = undefined;
  await runner.importFiles([picked('b.md', 'B')]);
  await settled(runner);
  assert.deepEqual(runner.state.summary?.failed, [
    { name: 'a.md', reason: 'The request body is larger than 16 MiB; send less at once.' },
  ]);
  assert.equal(runner.state.summary?.imported[0]?.title, 'B');
});

test('files that could not be read, over the limit or not importable are reported; no bytes travel for them', async () => {
  const { api, calls } = fakeHost();
  const runner = new ImportRunner(api, { ...electronUploadLimits, maxFileBytes: 3 });
  await runner.importFiles(
    [picked('big.md', 'four'), picked('ok.md', 'ok'), picked('scan.pdf', '%PDF', 'folder/scan.pdf')],
    [{ name: 'gone.md', reason: 'gone' }],
  );
  await settled(runner);
  assert.deepEqual(
    calls.map((call) => call.files.map((sent) => [sent.name, sent.dataBase64 !== ''])),
    [
      [
        ['ok.md', true],
        ['scan.pdf', false],
      ],
    ],
  );
  assert.deepEqual(
    runner.state.summary?.failed.map((failure) => failure.name),
    ['gone.md', 'big.md'],
  );
  assert.match(runner.state.summary?.failed[1]?.reason ?? '', /^it is larger than the 0 MB limit/);
});

test('progress events of the call under way move the bar; events naming other files are ignored', async () => {
  const { api, host } = fakeHost();
  let release: () => void = () => {};
  host.held = new Promise((resolve) => {
    release = resolve;
  });
  const runner = new ImportRunner(api, electronUploadLimits);
  const files = ['a.md', 'b.md', 'c.md', 'd.md'].map((name) => picked(name, name));
  const done = runner.importFiles(files);
  await new Promise((resolve) => setTimeout(resolve, 10));
  runner.noteProgress({ done: 2, total: 4, current: 'c.md' });
  assert.deepEqual(runner.state.progress, { done: 2, total: 4, current: 'c.md' });
  runner.noteProgress({ done: 3, total: 4, current: 'elsewhere.md' });
  assert.equal(runner.state.progress?.done, 2);
  release();
  await done;
});

test('a saved page returns its summary for the dialog; a failed one throws and leaves no summary behind', async () => {
  const { api } = fakeHost();
  const runner = new ImportRunner(api, electronUploadLimits);
  await assert.rejects(runner.importUrl('http://127.0.0.1/missing'), /read-only/);
  await new Promise((resolve) => setTimeout(resolve, 0));
  assert.deepEqual([runner.state.summary, runner.state.progress], [undefined, undefined]);
  const summary = await runner.importUrl('http://127.0.0.1/page');
  assert.equal(summary.imported.length, 1);
  await new Promise((resolve) => setTimeout(resolve, 0));
  assert.deepEqual(runner.state.summary?.notices, ['Dropped one remote image']);
  runner.dismiss();
  assert.equal(runner.state.summary, undefined);
});
