import assert from 'node:assert/strict';
import { test } from 'node:test';
import { externalLinkOf } from './external-link.ts';

test('web and mail addresses go to the system, normalized', () => {
  assert.equal(externalLinkOf('https://news.example.org/a b'), 'https://news.example.org/a%20b');
  assert.equal(externalLinkOf('HTTP://Example.org'), 'http://example.org/');
  assert.equal(externalLinkOf('mailto:desk@example.org'), 'mailto:desk@example.org');
});

test('every other scheme, and addresses that hide where they go, stay in the app', () => {
  for (const url of [
    'javascript:alert(1)',
    'file:///etc/passwd',
    'offprint://app/index.html',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:secret@example.org/',
    'https://',
    'not a url',
    '',
  ]) {
    assert.equal(externalLinkOf(url), null, url);
  }
});
