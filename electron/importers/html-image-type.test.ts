import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sniffImageType } from './html-image-type.ts';

function bytes(...parts: Array<string | number[]>): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)));
}

test('each stored image format is told by its magic number', () => {
  assert.deepEqual(sniffImageType(bytes([0x89], 'PNG\r\n\x1a\n', [0, 0])), {
    mediaType: 'image/png',
    extension: 'png',
  });
  assert.deepEqual(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe0])), { mediaType: 'image/jpeg', extension: 'jpg' });
  assert.deepEqual(sniffImageType(bytes('GIF89a', [1, 0])), { mediaType: 'image/gif', extension: 'gif' });
  assert.deepEqual(sniffImageType(bytes('GIF87a')), { mediaType: 'image/gif', extension: 'gif' });
  assert.deepEqual(sniffImageType(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')), {
    mediaType: 'image/webp',
    extension: 'webp',
  });
  assert.deepEqual(sniffImageType(bytes([0, 0, 0, 0x20], 'ftypavif')), { mediaType: 'image/avif', extension: 'avif' });
});

test('SVG is recognised, with or without an XML declaration, comments or a doctype', () => {
  assert.equal(sniffImageType(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')), 'svg');
  const declared = new TextEncoder().encode(
    '\uFEFF<?xml version="1.0"?>\n<!-- drawn by hand -->\n<!DOCTYPE svg>\n<svg>',
  );
  assert.equal(sniffImageType(declared), 'svg');
});

test('anything else is not an image', () => {
  assert.equal(sniffImageType(bytes('Hello, world')), undefined);
  assert.equal(sniffImageType(bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt ')), undefined);
  assert.equal(sniffImageType(new Uint8Array()), undefined);
  assert.equal(sniffImageType(bytes('<html><svg></svg></html>')), undefined);
});
