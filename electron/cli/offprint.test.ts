import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { access, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openLibrary } from '../api/library.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

test('`offprint serve` as a program prints its address, answers with the token and exits 0 on SIGTERM, keeping what was saved', {
  timeout: 60_000,
}, async (t) => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'offprint-program-'));
  const renderer = path.join(folder, 'renderer');
  await mkdir(renderer);
  await writeFile(path.join(renderer, 'index.html'), '<!doctype html><title>Offprint</title>');
  const archive = path.join(folder, 'archive');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/offprint.ts', 'serve', '--archive', archive].concat([
      '--port',
      '0',
      '--renderer',
      renderer,
    ]),
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  t.after(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = output.match(/http:\/\/127\.0\.0\.1:\d+\/#token=\S+/);
      if (found) resolve(found[0]);
    });
    exited.then((code) =>
      reject(new Error(`offprint serve exited with ${code} before printing its address:\n${output}`)),
    );
  });

  const { origin, hash } = new URL(url);
  const response = await fetch(`${origin}/api/listReviews`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Offprint-Token': hash.slice('#token='.length) },
    body: '{}',
  });
  assert.equal(response.status, 200);
  const { value } = (await response.json()) as { value: { reviews: { title: string; id: string }[] } };
  assert.deepEqual(
    value.reviews.map((review) => review.title),
    ['How the coastal papers covered the harbour strike'],
  );
  const reviewId = value.reviews[0]?.id ?? '';
  const saved = await fetch(`${origin}/api/saveNote`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Offprint-Token': hash.slice('#token='.length) },
    body: JSON.stringify({ reviewId, body: 'Saved just before stopping.' }),
  });
  assert.equal(saved.status, 200);

  child.kill('SIGTERM');
  assert.equal(await exited, 0, output);
  await assert.rejects(access(path.join(archive, '.lock')), 'the lock is let go on exit');
  const { api, archive: reopened } = await openLibrary(archive, { readOnly: true });
  const { notes } = await api.listNotes({ reviewId });
  await reopened.close();
  assert.deepEqual(
    notes.map((note) => note.body),
    ['Saved just before stopping.'],
  );
});

test('a program that stops reading the output ends `offprint list` quietly', { timeout: 60_000 }, async () => {
  const archive = await mkdtemp(path.join(os.tmpdir(), 'offprint-program-'));
  await (await openLibrary(archive)).archive.close();
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/offprint.ts', 'list', '--archive', archive], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.destroy();
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
  assert.equal(errors, '');
  assert.equal(code, 0);
});
