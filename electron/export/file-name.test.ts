import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileNameFor, withUniqueNames } from './file-name.ts';

test('a title becomes a file name every system accepts', () => {
  assert.equal(fileNameFor('Harbour week: "cranes" / ships?', '.md'), 'Harbour week cranes ships.md');
  assert.equal(fileNameFor('..hidden', '.pdf'), 'hidden.pdf');
  assert.equal(fileNameFor('Ends with dots... ', '.md'), 'Ends with dots.md');
  assert.equal(fileNameFor('東京 Müller\u0000\n', '.md'), '東京 Müller.md');
  assert.equal(fileNameFor('x'.repeat(300), '.md').length, 103);
});

test('an empty or reserved title falls back to a plain name', () => {
  assert.equal(fileNameFor('///', '.md'), 'review.md');
  assert.equal(fileNameFor('', '.pdf', 'bibliography'), 'bibliography.pdf');
  assert.equal(fileNameFor('CON', '.md'), 'CON-review.md');
});

test('files that would share a name get -2, -3 before the extension, whatever the case', () => {
  const names = withUniqueNames([
    { name: 'A.md' },
    { name: 'a.md' },
    { name: 'A.md' },
    { name: 'notes' },
    { name: 'notes' },
  ]);
  assert.deepEqual(
    names.map((file) => file.name),
    ['A.md', 'a-2.md', 'A-3.md', 'notes', 'notes-2'],
  );
});
