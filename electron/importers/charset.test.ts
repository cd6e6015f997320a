import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeText, InvalidTextError, parseContentType } from './charset.ts';

const nihongoShiftJis = [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea];
const nihongoEucJp = [0xc6, 0xfc, 0xcb, 0xdc, 0xb8, 0xec];

function bytesOf(...parts: Array<string | number[]>): Uint8Array {
  const encoder = new TextEncoder();
  const chunks = parts.map((part) => (typeof part === 'string' ? encoder.encode(part) : Uint8Array.from(part)));
  return Uint8Array.from(chunks.flatMap((chunk) => [...chunk]));
}

test('text without any declaration is read as UTF-8', () => {
  assert.equal(decodeText(bytesOf('<p>Grüße, 日本語</p>')), '<p>Grüße, 日本語</p>');
});

test('a Shift_JIS page named by its <meta charset> decodes to the right characters', () => {
  const page = bytesOf('<html><head><meta charset="Shift_JIS"><title>', nihongoShiftJis, '</title>');
  assert.equal(decodeText(page), '<html><head><meta charset="Shift_JIS"><title>日本語</title>');
});

test('an EUC-JP page named by a <meta http-equiv> content type decodes to the right characters', () => {
  const page = bytesOf('<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP"><p>', nihongoEucJp, '</p>');
  assert.ok(decodeText(page).endsWith('<p>日本語</p>'));
});

test('the HTTP charset wins over the <meta> one', () => {
  const page = bytesOf('<meta charset="utf-8"><p>', nihongoEucJp, '</p>');
  assert.equal(decodeText(page, 'text/html; charset="euc-jp"'), '<meta charset="utf-8"><p>日本語</p>');
});

test('a byte order mark wins over every declaration and is not part of the text', () => {
  assert.equal(decodeText(bytesOf([0xef, 0xbb, 0xbf], '<p>é</p>'), 'text/html; charset=shift_jis'), '<p>é</p>');
  const utf16le = bytesOf([0xff, 0xfe], [0x2c, 0x00, 0xe5, 0x65, 0x2c, 0x67]);
  assert.equal(decodeText(utf16le), ',日本');
  const utf16be = bytesOf([0xfe, 0xff], [0x65, 0xe5, 0x67, 0x2c]);
  assert.equal(decodeText(utf16be), '日本');
});

test('an unknown charset label is passed over for the next source', () => {
  const page = bytesOf('<meta charset="shift_jis"><p>', nihongoShiftJis, '</p>');
  assert.equal(decodeText(page, 'text/html; charset=no-such-encoding'), '<meta charset="shift_jis"><p>日本語</p>');
});

test('a <meta> declaring UTF-16 in readable ASCII is read as UTF-8, as browsers do', () => {
  assert.equal(decodeText(bytesOf('<meta charset="utf-16"><p>ü</p>')), '<meta charset="utf-16"><p>ü</p>');
});

test('a <meta> charset after the first 4 KB is not looked for', () => {
  const page = bytesOf(`<!--${' '.repeat(5000)}--><meta charset="euc-jp"><p>ü</p>`);
  assert.ok(decodeText(page).endsWith('<p>ü</p>'));
});

test('invalid UTF-8 is refused with a reason a person can act on', () => {
  assert.throws(
    () => decodeText(bytesOf('<p>caf', [0xe9], '</p>')),
    (error: unknown) =>
      error instanceof InvalidTextError && error.reason.startsWith('it is not valid UTF-8 text (save it again'),
  );
});

test('a Content-Type header splits into media type and charset', () => {
  assert.deepEqual(parseContentType('Text/HTML; Charset="Shift_JIS"'), {
    mediaType: 'text/html',
    charset: 'Shift_JIS',
  });
  assert.deepEqual(parseContentType('image/png'), { mediaType: 'image/png' });
  assert.deepEqual(parseContentType(''), { mediaType: '' });
});

test('a page stored as UTF-8 that kept an old legacy <meta charset> is read as UTF-8', () => {
  const page = bytesOf('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>腾讯网</title>');
  assert.ok(decodeText(page).endsWith('<title>腾讯网</title>'));
});

test('a declared UTF-8 page with invalid bytes is refused even when a <meta> names another charset', () => {
  const page = bytesOf('<meta charset="shift_jis"><p>', nihongoShiftJis, '</p>');
  assert.throws(() => decodeText(page, 'text/html; charset=utf-8'), InvalidTextError);
});
