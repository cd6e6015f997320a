import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatImport, formatLibrary, formatMs, formatSize, formatTable, formatTargets } from './bench-report.ts';
import type { SizeResult } from './bench-results.ts';
import { checkTargets } from './bench-targets.ts';
import { sampleArchiveResult, sampleLibraryResult, sampleSizeResult } from './sample-results.ts';

test('durations read as milliseconds with sensible precision, and seconds past one', () => {
  assert.equal(formatMs(0.4321), '0.43 ms');
  assert.equal(formatMs(12.345), '12.3 ms');
  assert.equal(formatMs(2345), '2.35 s');
});

test('table columns line up on their widest cell', () => {
  assert.equal(
    formatTable([
      ['a', 'bb'],
      ['ccc', 'd'],
    ]),
    'a     bb\nccc   d',
  );
});

test('a size table shows the archive beside its floors and the naive baseline', () => {
  const text = formatSize(sampleSizeResult(1000));
  assert.match(text, /^== 1000 reviews: 2002 files, 15\.0 MB/);
  assert.match(text, /first page \(median of 5\)\s+11\.0 ms\s+10\.0 ms read \+ parse offprint\.json\s+150\.0 ms/);
  assert.match(text, /note save, p50 \/ p95 \/ max \(n=200\)\s+3\.00 ms \/ 6\.00 ms \/ 12\.0 ms/);
  assert.match(text, /page cache: first page cold/);
});

test('a naive measurement that failed shows "fails:" and its message in its cell', () => {
  const result = sampleSizeResult(30_000);
  const failing: SizeResult = {
    ...result,
    naive: {
      fileBytes: 450_000_000,
      firstPage: { ok: true, value: { medianMs: 9000, repetitions: 1, cold: true } },
      noteSave: { ok: false, error: 'Invalid string length' },
      openReview: { ok: true, value: { count: 50, p50: 1, p95: 2, max: 3 } },
    },
  };
  assert.match(formatSize(failing), /fails: Invalid string length/);
});

test('a skipped naive baseline says why, and a failed archive run says what failed', () => {
  const skipped: SizeResult = { ...sampleSizeResult(50_000), naive: { skipped: 'not generated: too big' } };
  assert.match(formatSize(skipped), /naive lowdb: not generated: too big/);
  const failed: SizeResult = { ...sampleSizeResult(10), archive: { ok: false, error: 'The archive is locked.' } };
  assert.match(formatSize(failed), /every measurement\s+fails: The archive is locked\./);
});

test('the targets table marks each size and the verdict honestly', () => {
  const slow = sampleArchiveResult((result) => {
    result.openReviewCold = { count: 50, p50: 40, p95: 60, max: 90 };
  });
  const text = formatTargets(checkTargets([sampleSizeResult(1000), sampleSizeResult(10_000, slow)]), [1000, 10_000]);
  assert.match(text, /open review cold p50\s+≤ 25 ms\s+4\.00 ms met\s+40\.0 ms MISSED\s+MISSED/);
  assert.match(text, /note save p50 at 10000 ÷ at 1000\s+≤ 1\.25×\s+1\.00× met\s+met/);
});

test('the import speed shows the time and files per second, and a failed run its reason', () => {
  const text = formatImport(
    {
      ok: true,
      value: {
        files: 1000,
        bytes: 10_900_000,
        importMs: 4000,
        filesPerSecond: 250,
        imported: 1000,
        failed: 0,
        reimportMs: 1500,
      },
    },
    1000,
  );
  assert.match(text, /^== Import: 1000 files \(Markdown and page text, about 10 KB each\), 10\.9 MB ==/);
  assert.match(text, /into an empty archive \(importFiles\)\s+4\.00 s\s+250 files\/s, 1000 imported\n/);
  assert.match(text, /the same folder again \(all duplicates\)\s+1\.50 s$/);
  assert.equal(formatImport({ ok: false, error: 'disk full' }, 1000), '== Import of 1000 files ==\nfails: disk full');
});

test('a size table ends with the library in Chromium: first paint, scroll frames, dropped frames, the last row', () => {
  const text = formatSize(sampleSizeResult(50_000));
  assert.match(text, /\nlibrary in Chromium \(Chromium 150\.0\.7871\.100, headless, 1280×800, --disable-gpu\):\n/);
  assert.match(text, /first library paint, first load \/ reload\s+1\.02 s \/ 310\.0 ms\n/);
  assert.match(text, /the reader's opening requests all answered after\s+1\.50 s\n/);
  assert.match(text, /fling 2400 px a frame\s+16\.7 ms \/ 33\.4 ms \/ 83\.3 ms\s+dropped 14\/240\n/);
  assert.match(text, /jumps to the end and back\s+16\.7 ms \/ 50\.0 ms \/ 66\.7 ms\s+dropped 6\/40\n/);
  assert.match(text, /last review row shown at the end\s+yes\s+41 rows in the DOM, 835 elements in the page$/);
});

test('the library in Chromium says why it was skipped, why it failed, or that the host stayed busy', () => {
  assert.equal(
    formatLibrary({ skipped: 'no Chromium executable at /usr/bin/chromium' }),
    'library in Chromium: skipped, no Chromium executable at /usr/bin/chromium',
  );
  assert.equal(
    formatLibrary({ ok: false, error: 'The library did not scroll to its last review: no line was in the DOM.' }),
    'library in Chromium: fails: The library did not scroll to its last review: no line was in the DOM.',
  );
  const busy = formatLibrary({ ok: true, value: { ...sampleLibraryResult(), quietAfterMs: null } });
  assert.match(busy, /opening requests all answered after\s+still busy at the limit/);
});
