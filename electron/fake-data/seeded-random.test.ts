import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IdSchema } from '../model/id.ts';
import { createRandom } from './seeded-random.ts';

test('the same seed gives the same numbers, another seed other numbers', () => {
  const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
  assert.deepEqual(draw(7), draw(7));
  assert.notDeepEqual(draw(7), draw(8));
});

test('integers stay within their bounds, both ends included', () => {
  const random = createRandom(1);
  const seen = new Set(Array.from({ length: 500 }, () => random.int(2, 4)));
  assert.deepEqual([...seen].sort(), [2, 3, 4]);
});

test('generated ids look like version-4 UUIDs and are valid archive ids', () => {
  const random = createRandom(3);
  const ids = Array.from({ length: 50 }, () => random.uuid());
  for (const id of ids) {
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.ok(IdSchema.safeParse(id).success);
  }
  assert.equal(new Set(ids).size, ids.length);
});

test('picking from an empty list is refused', () => {
  assert.throws(() => createRandom(1).pick([]), /Cannot pick from an empty list/);
});

test('a sample holds different elements, and all of them when asked for more than there are', () => {
  const random = createRandom(4);
  const items = Array.from({ length: 100 }, (_, i) => i);
  const sample = random.sample(items, 50);
  assert.equal(sample.length, 50);
  assert.equal(new Set(sample).size, 50);
  assert.deepEqual(random.sample([1, 2, 3], 10).sort(), [1, 2, 3]);
});
