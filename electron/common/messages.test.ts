import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { messageOf, problemOf } from './messages.ts';

test('a thrown Error gives its message without its name, anything else its text', () => {
  assert.equal(messageOf(new TypeError('fetch failed')), 'fetch failed');
  assert.equal(messageOf('plain words'), 'plain words');
  assert.equal(messageOf(42), '42');
});

test('a zod error gives its first problem with where it is', () => {
  const nested = z.object({ authors: z.array(z.object({ name: z.string().min(1) })) });
  const failed = nested.safeParse({ authors: [{ name: '' }] });
  assert.ok(!failed.success);
  assert.match(problemOf(failed.error), /^authors\.0\.name: /);
  const top = z.string().safeParse(1);
  assert.ok(!top.success);
  assert.doesNotMatch(problemOf(top.error), /: .*: /);
});
