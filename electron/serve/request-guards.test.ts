import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasToken, isAllowedHost, isAllowedOrigin } from './request-guards.ts';

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

test("requests from the server's own page, or with no Origin at all, are accepted", () => {
  assert.equal(isAllowedOrigin('http://127.0.0.1:4321', 4321), true);
  assert.equal(isAllowedOrigin('http://LOCALHOST:4321', 4321), true);
  assert.equal(isAllowedOrigin(undefined, 4321), true);
});

test('requests from any other origin are refused: other sites, other ports, https, opaque and doubled origins', () => {
  for (const origin of [
    'http://attacker.example',
    'http://127.0.0.1:80',
    'https://127.0.0.1:4321',
    'http://127.0.0.1:4321.attacker.example',
    'null',
    'file://',
    '',
  ]) {
    assert.equal(isAllowedOrigin(origin, 4321), false, origin);
  }
  assert.equal(isAllowedOrigin(['http://127.0.0.1:4321', 'http://127.0.0.1:4321'], 4321), false);
});

test('with addresses the reader chose to serve on, requests naming them are accepted too, IPv6 in brackets', () => {
  const chosen = ['192.168.1.20', 'fe80::1'];
  assert.equal(isAllowedHost('192.168.1.20:4321', 4321, chosen), true);
  assert.equal(isAllowedHost('[FE80::1]:4321', 4321, chosen), true);
  assert.equal(isAllowedHost('127.0.0.1:4321', 4321, chosen), true);
  assert.equal(isAllowedOrigin('http://192.168.1.20:4321', 4321, chosen), true);
  assert.equal(isAllowedOrigin('http://[fe80::1]:4321', 4321, chosen), true);
  assert.equal(isAllowedHost('192.168.1.20:4321', 4321), false);
  assert.equal(isAllowedHost('192.168.1.21:4321', 4321, chosen), false);
  assert.equal(isAllowedHost('rebound.example:4321', 4321, chosen), false);
  assert.equal(isAllowedOrigin('http://192.168.1.20:4321', 4321), false);
  assert.equal(isAllowedOrigin('http://rebound.example:4321', 4321, chosen), false);
});
