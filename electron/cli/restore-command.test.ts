import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileDigests, filledArchive } from '../api/test-support/filled-archive.ts';
import type { ReviewSummary } from '../model/review.ts';
import { memoryIo } from './cli-io.ts';
import { UsageError } from './command-line.ts';
import { runRestore } from './restore-command.ts';
import { runCli } from './run-cli.ts';

async function backedUpByCli() {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'offprint-restore-cli-'));
  const { dir, reviewId } = await filledArchive(parent);
  const outFile = path.join(parent, 'whole.tar.gz');
  assert.equal(await runCli(['backup', '--out', outFile, '--archive', dir], memoryIo()), 0);
  return { parent, dir, reviewId, outFile };
}

async function listed(dir: string): Promise<ReviewSummary[]> {
  const io = memoryIo();
  assert.equal(await runCli(['list', '--json', '--archive', dir], io), 0);
  return JSON.parse(io.out()) as ReviewSummary[];
}

test('restore puts a backup made by "offprint backup" into a new folder, file for file', async () => {
  const { parent, dir, reviewId, outFile } = await backedUpByCli();
  const target = path.join(parent, 'restored');
  const io = memoryIo();
  assert.equal(await runRestore([outFile, '--archive', target], io), 0);
  const digests = await fileDigests(dir);
  assert.equal(io.out(), `Restored ${digests.size} files from ${outFile} into ${target}.\n`);
  assert.deepEqual(await fileDigests(target), digests);
  assert.deepEqual(await listed(target), await listed(dir));
  const notes = memoryIo();
  assert.equal(await runCli(['note', 'list', reviewId, '--archive', target], notes), 0);
  assert.match(notes.out(), /A note on the \*\*talks\*\*\./);
});

test('restore --json prints the backup, the archive folder and how many files came back', async () => {
  const { parent, dir, outFile } = await backedUpByCli();
  const target = path.join(parent, 'restored');
  const io = memoryIo();
  assert.equal(await runRestore(['--json', outFile, '--archive', target], io), 0);
  assert.deepEqual(JSON.parse(io.out()), {
    backupFile: outFile,
    archive: target,
    files: (await fileDigests(dir)).size,
  });
});

test('restore into a folder that is not empty is refused with one line and the folder is left as it was', async () => {
  const { outFile } = await backedUpByCli();
  const target = await mkdtemp(path.join(os.tmpdir(), 'offprint-restore-target-'));
  await writeFile(path.join(target, 'mine.txt'), 'keep me');
  await assert.rejects(runRestore([outFile, '--archive', target], memoryIo()), {
    message: `${target} is not empty; restore into a new folder.`,
  });
  assert.deepEqual(await readdir(target), ['mine.txt']);
  assert.equal(await readFile(path.join(target, 'mine.txt'), 'utf8'), 'keep me');
});

test('restore of a damaged backup or a text file is refused and the target folder is never created', async () => {
  const { parent, outFile } = await backedUpByCli();
  const bytes = await readFile(outFile);
  const cut = path.join(parent, 'cut.tar.gz');
  await writeFile(cut, bytes.subarray(0, bytes.length - 200));
  const text = path.join(parent, 'notes.txt');
  await writeFile(text, 'Only words.\n');
  const cases: Array<[string, RegExp]> = [
    [cut, /^The backup is damaged: .+; it cannot be restored\.$/],
    [text, /^This file is not an Offprint backup \(it is not a compressed tar file\); choose a file made by /],
  ];
  for (const [file, message] of cases) {
    const target = path.join(parent, `restored-${path.basename(file)}`);
    await assert.rejects(runRestore([file, '--archive', target], memoryIo()), { message });
    assert.equal(
      (await readdir(parent)).some((name) => name.includes('restored')),
      false,
    );
  }
});

test('restore typed without a file, or with two, is a usage mistake', async () => {
  await assert.rejects(runRestore([], memoryIo()), (error: unknown) => {
    assert.ok(error instanceof UsageError);
    assert.match(error.message, /^Name the backup file: offprint restore FILE /);
    return true;
  });
  await assert.rejects(runRestore(['a.tar.gz', 'b.tar.gz'], memoryIo()), {
    message: '"offprint restore" restores one backup, but got "b.tar.gz" as well.',
  });
});
