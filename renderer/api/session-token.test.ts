import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JSDOM } from 'jsdom';
import { takeSessionToken, tokenStorageKey } from './session-token.ts';

function pageAt(url: string): Window {
  return new JSDOM('<!doctype html>', { url }).window as unknown as Window;
}

test('the token in the printed address is kept for reloads and removed from the address bar', () => {
  const view = pageAt('http://127.0.0.1:5000/?x=1#token=abc%2Fdef');
  assert.equal(takeSessionToken(view), 'abc/def');
  assert.equal(view.sessionStorage.getItem(tokenStorageKey), 'abc/def');
  assert.equal(view.location.href, 'http://127.0.0.1:5000/?x=1');
});

test('after a reload the token comes from the session', () => {
  const view = pageAt('http://127.0.0.1:5000/');
  view.sessionStorage.setItem(tokenStorageKey, 'kept');
  assert.equal(takeSessionToken(view), 'kept');
});

test('a page opened without a token has none', () => {
  assert.equal(takeSessionToken(pageAt('http://127.0.0.1:5000/#article')), undefined);
});
