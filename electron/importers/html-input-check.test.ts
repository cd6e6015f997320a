import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkHtmlBytes } from './html-input-check.ts';

test('ordinary HTML, UTF-8 with a BOM and UTF-16 with a BOM pass', () => {
  assert.doesNotThrow(() => checkHtmlBytes(new TextEncoder().encode('<p>Hi</p>'), 'a.html'));
  assert.doesNotThrow(() => checkHtmlBytes(Uint8Array.of(0xef, 0xbb, 0xbf, 0x3c, 0x70, 0x3e), 'a.html'));
  assert.doesNotThrow(() => checkHtmlBytes(Uint8Array.of(0xff, 0xfe, 0x3c, 0x00, 0x70, 0x00), 'a.html'));
});

test('a JPEG, a GIF, a gzip file or other binary bytes are refused and named', () => {
  const cases: Array<[number[], string]> = [
    [[0xff, 0xd8, 0xff, 0xe0], 'a JPEG image'],
    [[0x47, 0x49, 0x46, 0x38, 0x39, 0x61], 'a GIF image'],
    [[0x1f, 0x8b, 0x08, 0x00], 'a gzip archive'],
    [[0x3c, 0x70, 0x3e, 0x00, 0x01], 'a binary file'],
  ];
  for (const [bytes, kind] of cases) {
    assert.throws(() => checkHtmlBytes(Uint8Array.from(bytes), 'x.html'), {
      name: 'OffprintError',
      message: `Cannot import "x.html": it is ${kind}, not a web page (supported: .html, .htm, .md, .txt)`,
    });
  }
});
