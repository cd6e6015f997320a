import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { estimateNaiveBytes, type NaiveData, naiveSkipReason, writeNaiveArchive } from './naive-archive.ts';

test('the single file is generated below the limit and skipped above it, with the reason', () => {
  assert.equal(naiveSkipReason(400_000_000), null);
  assert.match(
    naiveSkipReason(730_000_000) ?? '',
    /^not generated: one file of about 730 MB is over 500 MB; a JavaScript string holds at most 512 MiB/,
  );
});

test('the naive file holds every review and its notes, and lowdb reads it back', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-bench-naive-'));
  try {
    const file = path.join(dir, 'naive.json');
    const bytes = await writeNaiveArchive(file, 9, 20);
    const db = new Low<NaiveData>(new JSONFile<NaiveData>(file), { reviews: [], notes: {} });
    await db.read();
    assert.equal(db.data.reviews.length, 20);
    assert.equal(Object.keys(db.data.notes).length, 20);
    assert.ok(Math.abs(estimateNaiveBytes(9, 20) - bytes) / bytes < 0.01, 'the estimate is within 1%');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
