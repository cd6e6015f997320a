import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import type { Review } from '../model/review.ts';
import { printReviewToPdf } from './pdf-export.ts';
import { findPrintBrowser } from './print-browser.ts';

const review: Review = {
  id: 'r1',
  title: 'Harbour week, Müller on the quay',
  authors: [{ name: 'Ada Quill' }],
  importedAt: '2025-03-03T00:00:00.000Z',
  referenceCount: 1,
  tags: [],
  contentHash: 'h',
  body: 'The strike went **on**.<script>alert(1)</script>',
  references: [{ raw: '"Cranes stand still", Quay Courier, 2 March 2025' }],
  provenance: { kind: 'markdown' },
};

/** The PDF's title from its document information, which Chromium writes as UTF-16 in hex. */
function pdfTitle(pdf: Buffer): string | undefined {
  const hex = /\/Title <FEFF([0-9A-F]*)>/.exec(pdf.toString('latin1'))?.[1];
  return hex === undefined ? undefined : Buffer.from(hex, 'hex').swap16().toString('utf16le');
}

/** The PDF's text as a reader's tool sees it: poppler's pdftotext, an independent reader of PDF. */
async function pdfText(file: string): Promise<string> {
  const { stdout } = await promisify(execFile)('pdftotext', ['-layout', file, '-']).catch((error: Error) => {
    throw new Error(`pdftotext could not read the PDF (${error.message}); install poppler-utils.`);
  });
  return stdout;
}

test('a review prints to a whole PDF that carries its title, and nothing else is left behind', async () => {
  const browser = findPrintBrowser();
  assert.ok('path' in browser, 'reason' in browser ? browser.reason : '');
  const folder = await mkdtemp(path.join(os.tmpdir(), 'offprint-pdf-test-'));
  const out = path.join(folder, 'review.pdf');
  await printReviewToPdf(review, out, browser.path);
  const pdf = await readFile(out);
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.equal(pdfTitle(pdf), review.title);
  const text = await pdfText(out);
  for (const expected of [review.title, 'By Ada Quill', 'The strike went on.', 'References', 'Cranes stand still']) {
    assert.ok(text.includes(expected), `the PDF's text lacks "${expected}":\n${text}`);
  }
  assert.doesNotMatch(text, /alert/);
  assert.deepEqual(await readdir(folder), ['review.pdf']);
});

test('a browser that cannot print is reported in one line, and no PDF is left', async () => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'offprint-pdf-test-'));
  const out = path.join(folder, 'review.pdf');
  await assert.rejects(printReviewToPdf(review, out, '/bin/false'), /^OffprintError: The browser could not print/);
  assert.deepEqual(await readdir(folder), []);
});
