import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findRenderedHazards, findUnsafeMarkup } from './html-unsafe-patterns.ts';

test('clean Markdown with saved images and web links has nothing unsafe', () => {
  assert.deepEqual(
    findUnsafeMarkup('Text with [a link](https://example.org) and ![a chart](offprint-asset:0123456789ab.png).'),
    [],
  );
});

test('scripts, handlers, script addresses and remote resources are each named', () => {
  assert.deepEqual(findUnsafeMarkup('<script>alert(1)</script>'), ['a <script> tag']);
  assert.deepEqual(findUnsafeMarkup('<b onclick=go()>x</b>'), ['an inline event handler']);
  assert.deepEqual(findUnsafeMarkup('[x](javascript:go)'), ['a javascript: address']);
  assert.deepEqual(findUnsafeMarkup('![x](https://cdn.example.org/a.png)'), ['an image that is not a saved asset']);
  assert.deepEqual(findUnsafeMarkup('<iframe src=x>'), ['an HTML element that loads something']);
  assert.deepEqual(findUnsafeMarkup('<div style="background: url(x)">'), ['a CSS url()']);
});

test('code blocks and code spans are examples shown as text, not markup', () => {
  assert.deepEqual(findUnsafeMarkup('Write `<script>` like this:\n\n```html\n<script src="x.js"></script>\n```'), []);
});

test('rendered HTML with a script, a handler, a script address or a remote resource is named', () => {
  assert.deepEqual(
    findRenderedHazards('<p>Fine <a href="https://example.org">link</a> <img src="assets/a.png"></p>'),
    [],
  );
  assert.deepEqual(findRenderedHazards('<script>x</script>'), ['a script element']);
  assert.deepEqual(findRenderedHazards('<img src="a.png" onerror="x">'), ['an event handler attribute']);
  assert.deepEqual(findRenderedHazards('<a href="javascript:x">y</a>'), ['a script or data address']);
  assert.deepEqual(findRenderedHazards('<img src="https://cdn.example.org/a.png">'), ['a remote resource']);
});
