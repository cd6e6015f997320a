import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasToken, isAllowedHost } from './request-guards.ts';

test('requests addressed to 127.0.0.1 or localhost on our port are accepted', () => {
  assert.equal(isAllowedHost('127.0.0.1:4321', 4321), true);
  assert.equal(isAllowedHost('localhost:4321', 4321), true);
  assert.equal(isAllowedHost('LocalHost:4321', 4321), true);
});

test('requests addressed to another name or port are refused, as a rebound DNS name would be', () => {
  assert.equal(isAllowedHost('attacker.example:4321', 4321), false);
  assert.equal(isAllowedHost('127.0.0.1:80', 4321), false);
  assert.equal(isAllowedHost('127.0.0.1', 4321), false);
  assert.equal(isAllowedHost('localhost.attacker.example:4321', 4321), false);
  assert.equal(isAllowedHost(undefined, 4321), false);
});

test('only the exact token passes', () => {
  const token = 'k3y-with-enough-entropy';
  assert.equal(hasToken(token, token), true);
  assert.equal(hasToken('k3y-with-enough-entropY', token), false);
  assert.equal(hasToken('short', token), false);
  assert.equal(hasToken('', token), false);
  assert.equal(hasToken(undefined, token), false);
  assert.equal(hasToken([token, token], token), false);
});
