import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorKinds, OffprintError } from '../model/offprint-error.ts';
import { UsageError } from './command-line.ts';
import { exitCodes, failureKindOf, failureLines } from './exit-codes.ts';

test('a usage mistake exits 2, every error kind and an unexpected failure exit 1', () => {
  assert.equal(exitCodes[failureKindOf(new UsageError('Unknown option.'))], 2);
  for (const kind of errorKinds) assert.equal(exitCodes[failureKindOf(new OffprintError(kind, 'No.'))], 1, kind);
  assert.equal(failureKindOf(new TypeError('boom')), 'unexpected');
  assert.equal(exitCodes.unexpected, 1);
});

test('the line printed names the error, adds the usage hint to a usage mistake, and marks the unexpected', () => {
  assert.equal(failureLines(new OffprintError('not-found', 'Gone.'), 'not-found'), 'Gone.\n');
  assert.equal(failureLines(new UsageError('Bad.'), 'usage'), 'Bad.\nRun "offprint --help" for usage.\n');
  assert.equal(failureLines('odd', 'unexpected'), 'Offprint failed unexpectedly: odd\n');
});
