import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { DurableJsonFile, removeStaleTempFiles, writeFileDurably } from './durable-file.ts';

async function folder(): Promise<{ dir: string; temp: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-durable-'));
  const temp = path.join(dir, '.tmp');
  await mkdir(temp);
  return { dir, temp };
}

test('a durable write replaces the file whole and leaves no temp file behind', async () => {
  const { dir, temp } = await folder();
  const file = path.join(dir, 'a.json');
  await writeFile(file, 'old');
  await writeFileDurably(file, 'new', { tempDir: temp });
  assert.equal(await readFile(file, 'utf8'), 'new');
  assert.deepEqual(await readdir(temp), []);
});

test('with keepPrevious the replaced content stays readable as .prev', async () => {
  const { dir, temp } = await folder();
  const file = path.join(dir, 'notes.json');
  await writeFileDurably(file, 'first', { tempDir: temp, keepPrevious: true });
  await writeFileDurably(file, 'second', { tempDir: temp, keepPrevious: true });
  await writeFileDurably(file, 'third', { tempDir: temp, keepPrevious: true });
  assert.equal(await readFile(file, 'utf8'), 'third');
  assert.equal(await readFile(`${file}.prev`, 'utf8'), 'second');
});

test('a write that cannot land says so plainly and leaves the old file and no temp file', async () => {
  const { dir, temp } = await folder();
  const file = path.join(dir, 'missing-folder', 'a.json');
  await assert.rejects(writeFileDurably(file, 'x', { tempDir: temp }), {
    message: /^Could not save a\.json \(ENOENT.*\)\. The previous version is unchanged\.$/,
  });
  await assert.rejects(writeFileDurably(file, 'x', { tempDir: temp }), { name: 'OffprintError' });
  assert.deepEqual(await readdir(temp), []);
});

test('many writes to one file land in the order they were made', async () => {
  const { dir, temp } = await folder();
  const file = new DurableJsonFile<{ n: number }>(path.join(dir, 'counter.json'), { tempDir: temp });
  await Promise.all(Array.from({ length: 50 }, (_, n) => file.write({ n })));
  assert.deepEqual(await file.read(), { n: 49 });
});

test('reading a missing file gives null and a broken one throws', async () => {
  const { dir } = await folder();
  assert.equal(await new DurableJsonFile(path.join(dir, 'none.json')).read(), null);
  await writeFile(path.join(dir, 'bad.json'), '{"a":');
  await assert.rejects(new DurableJsonFile(path.join(dir, 'bad.json')).read(), SyntaxError);
});

test('temp files a crashed writer left are removed at opening', async () => {
  const { temp } = await folder();
  await writeFile(path.join(temp, 'notes.json.123.abcd.tmp'), 'half');
  await writeFile(path.join(temp, 'keep.txt'), 'not ours');
  assert.equal(await removeStaleTempFiles(temp), 1);
  assert.deepEqual(await readdir(temp), ['keep.txt']);
});
