import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attachFootnotes, readEndnotes } from './endnotes.ts';
import { escapeMarkdownText } from './markdown-text.ts';

test('numbered notes in three styles are read, and unnumbered lines continue the note above', () => {
  assert.deepEqual(readEndnotes(['1. First note.', '', '[2] Second note', 'goes on here.', '³ Third note.']), {
    notes: [
      { number: 1, text: 'First note.' },
      { number: 2, text: 'Second note goes on here.' },
      { number: 3, text: 'Third note.' },
    ],
    loose: [],
  });
});

test('text before the first numbered note is kept as loose text', () => {
  assert.deepEqual(readEndnotes(['See the sources below.', '1. A note.']), {
    notes: [{ number: 1, text: 'A note.' }],
    loose: ['See the sources below.'],
  });
});

test('[1] and ¹ markers become footnote references with definitions', () => {
  const notes = [
    { number: 1, text: 'One.' },
    { number: 12, text: 'Twelve.' },
  ];
  assert.deepEqual(attachFootnotes(['Fields.[1] More.¹²'], notes, escapeMarkdownText), {
    paragraphs: ['Fields.[^1] More.[^12]'],
    definitions: ['[^1]: One.', '[^12]: Twelve.'],
    unreferenced: [],
  });
});

test('markers without a matching note stay as printed text, and unreferenced notes are kept', () => {
  const result = attachFootnotes(['See [7] and x²_y.'], [{ number: 3, text: 'Three *stars*.' }], escapeMarkdownText);
  assert.deepEqual(result, {
    paragraphs: ['See \\[7\\] and x²_y.'],
    definitions: [],
    unreferenced: ['3\\. Three \\*stars\\*.'],
  });
});
