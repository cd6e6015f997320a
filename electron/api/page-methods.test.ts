import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commandLineOnlyMethods, methodNames } from './contract.ts';
import { ApiError, buildBridgeMethods, pageMethodNames } from './page-methods.ts';

test('the page methods are every method of the contract but the command line’s own', () => {
  const expected = methodNames.filter((name) => !(commandLineOnlyMethods as readonly string[]).includes(name));
  assert.deepEqual([...pageMethodNames].sort(), expected.sort());
});

test('a bridge answers the value a host sends back, and a refusal as an ApiError with its kind', async () => {
  const bridge = buildBridgeMethods(async (method, input) =>
    method === 'getReview'
      ? { ok: false, kind: 'not-found', error: `There is no review with id "${(input as { id: string }).id}".` }
      : { ok: true, value: [] },
  );
  assert.deepEqual(await bridge.listReviews({}), []);
  const refused = await bridge.getReview({ id: 'gone' }).catch((error: unknown) => error);
  assert.ok(refused instanceof ApiError);
  assert.equal(refused.kind, 'not-found');
  assert.equal(refused.message, 'There is no review with id "gone".');
});
