import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagFromArgv } from './command-line-flag.ts';

const electronArgv = ['/opt/electron', '/work/offprint'];

test('a flag is read with its value as the next argument or after an equals sign', () => {
  assert.equal(flagFromArgv('--archive', [...electronArgv, '--archive', '/tmp/reviews']), '/tmp/reviews');
  assert.equal(flagFromArgv('--archive', [...electronArgv, '--archive=/tmp/my reviews']), '/tmp/my reviews');
});

test('an absent flag, or one without a value, gives nothing', () => {
  assert.equal(flagFromArgv('--archive', electronArgv), undefined);
  assert.equal(flagFromArgv('--archive', [...electronArgv, '--archive']), undefined);
  assert.equal(flagFromArgv('--archive', [...electronArgv, '--archive=']), undefined);
  assert.equal(flagFromArgv('--archive', [...electronArgv, '--archive', '--inspect']), undefined);
});

test('flags that merely start with the same letters are not mistaken for it', () => {
  assert.equal(flagFromArgv('--archive', [...electronArgv, '--archives', '/tmp/x', '--archive-dir=/tmp/y']), undefined);
});

test('when a flag is given twice the last one wins', () => {
  assert.equal(flagFromArgv('--archive', [...electronArgv, '--archive', '/a', '--archive=/b']), '/b');
});
