import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { checkArchive } from '../archive/archive-check.ts';
import { createRandom, type SeededRandom } from '../fake-data/seeded-random.ts';
import { methodNames } from './contract.ts';
import { dispatch } from './dispatch.ts';
import { openLibrary } from './library.ts';

/** Values a hostile page could send in place of a method's input, or inside it. */
function hostileValue(random: SeededRandom, depth = 0): unknown {
  const strings = [
    '',
    '../../etc/passwd',
    '..%2F..%2Fsecret',
    '/etc/passwd',
    'C:\\Windows\\system32',
    '\u0000',
    '<img src=x onerror=alert(1)>',
    'x'.repeat(random.int(1, 3) === 1 ? 2_000_000 : 70),
    'constructor',
    '__proto__',
  ];
  const kind = random.int(0, depth > 2 ? 5 : 8);
  if (kind === 0) return random.pick(strings);
  if (kind === 1) return random.pick([0, -1, 1.5, Number.MAX_SAFE_INTEGER, 1e308, -0]);
  if (kind === 2) return random.pick([true, false, null]);
  if (kind === 3) return undefined;
  if (kind === 4) return random.pick(strings).length;
  if (kind === 5) return [];
  if (kind === 6) return Array.from({ length: random.int(1, 4) }, () => hostileValue(random, depth + 1));
  const object: Record<string, unknown> = {};
  const keys = ['id', 'reviewId', 'body', 'query', 'paths', 'files', 'url', 'tags', 'position', 'read', '__proto__'];
  for (const key of random.sample(keys, random.int(1, 4))) {
    Object.defineProperty(object, key, { value: hostileValue(random, depth + 1), enumerable: true });
  }
  return object;
}

test('every method answers hostile input with one plain line, never a crash, and the archive stays whole', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-fuzz-'));
  const library = await openLibrary(dir);
  const random = createRandom(20260101);
  const before = (await library.api.listReviews({})).reviews.map((review) => review.id);
  try {
    for (const method of methodNames) {
      for (let round = 0; round < 40; round++) {
        const input = hostileValue(random);
        const result = await dispatch(library.api, method, input);
        assert.equal(typeof result.ok, 'boolean', method);
        if (!result.ok) {
          assert.equal(typeof result.error, 'string', method);
          assert.ok(!result.error.includes('\n'), `${method} answered with more than one line: ${result.error}`);
          assert.ok(
            !/failed unexpectedly/.test(result.error),
            `${method} crashed on ${JSON.stringify(input)?.slice(0, 200)}: ${result.error}`,
          );
        }
      }
    }
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '../listReviews', '']) {
      assert.deepEqual(await dispatch(library.api, name, {}), {
        ok: false,
        kind: 'unsupported',
        error: `Offprint has no method "${name}".`,
      });
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.deepEqual(
      (await library.api.listReviews({})).reviews.map((review) => review.id).filter((id) => before.includes(id)),
      before,
    );
  } finally {
    await library.close();
  }
  assert.deepEqual((await checkArchive(dir, { repair: false })).problems, []);
});
