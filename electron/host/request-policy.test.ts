import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appEntryUrl, isAllowedRequest, isAppDownload, isAppUrl } from './request-policy.ts';

test('the window opens the app entry page on the app origin', () => {
  assert.equal(appEntryUrl, 'offprint://app/index.html');
  assert.equal(isAppUrl(appEntryUrl), true);
});

test('look-alike origins are not the app', () => {
  for (const url of [
    'offprint://app.evil/index.html',
    'offprint://app@evil/index.html',
    'offprint://other/index.html',
    'offprint:app/index.html',
    'https://app/index.html',
    'file:///offprint://app/index.html',
  ]) {
    assert.equal(isAppUrl(url), false, url);
  }
});

test("the app's files, devtools, inline images and blobs may load", () => {
  for (const url of [
    'offprint://app/app.js',
    'offprint://app/fonts/serif.woff2',
    'devtools://devtools/bundled/devtools_app.html',
    'data:image/png;base64,iVBORw0KGgo=',
    'DATA:IMAGE/SVG+XML,<svg/>',
    'blob:offprint://app/4b1c9c1e-2f0e-4d47-9d6f-0d1f5e1b7a10',
  ]) {
    assert.equal(isAllowedRequest(url), true, url);
  }
});

test('the network, local files and inline documents are refused', () => {
  for (const url of [
    'https://example.org/tracker.gif',
    'http://127.0.0.1:8080/api/listReviews',
    'ws://127.0.0.1:9222/',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'offprint://elsewhere/app.js',
    'chrome://settings',
    'not a url',
    '',
  ]) {
    assert.equal(isAllowedRequest(url), false, url);
  }
});

test('only a file the app page made itself may be downloaded: a blob of the app origin', () => {
  assert.equal(isAppDownload('blob:offprint://app/5d1c7f2e-0000-4000-8000-000000000000'), true);
  for (const url of [
    'blob:https://example.org/5d1c7f2e',
    'blob:offprint://app.evil/5d1c',
    'data:text/plain,hi',
    'https://example.org/file.md',
    'offprint://app/index.html',
    'file:///etc/passwd',
  ]) {
    assert.equal(isAppDownload(url), false, url);
  }
});
