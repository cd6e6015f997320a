import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatBackup } from './backup-report.ts';

test('the backup table shows each step beside the tar floor, and a size that failed says why', () => {
  const text = formatBackup([
    {
      ok: true,
      value: {
        size: 1000,
        archiveBytes: 12_000_000,
        backupMs: 900,
        backupBytes: 3_000_000,
        restoreMs: 600,
        tarMs: 300,
        exportBibtexMs: 250,
        exportMarkdownMs: 400,
      },
    },
    { ok: false, error: 'the disk is full' },
  ]);
  assert.match(text, /offprint backup \(checksums, write, read back\) +900\.0 ms \(3\.0× tar\)/);
  assert.match(text, /offprint restore \(check, write, check, rename\) +600\.0 ms \(2\.0× tar\)/);
  assert.match(text, /archive on disk; backup file +12\.0 MB; 3\.0 MB/);
  assert.match(text, /\nbackup: could not be measured: the disk is full$/);
});
