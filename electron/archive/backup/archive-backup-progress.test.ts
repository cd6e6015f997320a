import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bigArchive, formatSize, progressLines } from './archive-backup-progress.ts';

test('a big backup reports one line at each tenth of the way', () => {
  const lines: string[] = [];
  const report = progressLines((line) => lines.push(line), 'Backing up:');
  const totalFiles = 2000;
  for (let files = 1; files <= totalFiles; files += 1) {
    report({ files, totalFiles, bytes: files * 10, totalBytes: totalFiles * 10 });
  }
  assert.equal(lines.length, 10);
  assert.equal(lines[0], 'Backing up: 10% (200 of 2,000 files)\n');
  assert.equal(lines[9], 'Backing up: 100% (2,000 of 2,000 files)\n');
});

test('a small backup says nothing about its progress', () => {
  const lines: string[] = [];
  const report = progressLines((line) => lines.push(line), 'Backing up:');
  const totalFiles = bigArchive.files - 1;
  for (let files = 1; files <= totalFiles; files += 1)
    report({ files, totalFiles, bytes: files, totalBytes: totalFiles });
  assert.deepEqual(lines, []);
});

test('sizes read as bytes, kB, MB and GB', () => {
  assert.equal(formatSize(999), '999 bytes');
  assert.equal(formatSize(1500), '1.5 kB');
  assert.equal(formatSize(2_500_000), '2.5 MB');
  assert.equal(formatSize(3_000_000_000), '3.0 GB');
});
