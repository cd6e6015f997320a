import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseByline } from './byline-parser.ts';

test('a name with an affiliation that itself contains "&"', () => {
  assert.deepEqual(parseByline('John de Boer (University of Tokyo & GLOCOM Platform)'), [
    { name: 'John de Boer', affiliation: 'University of Tokyo & GLOCOM Platform' },
  ]);
});

test('two authors joined by "and", "&" or a comma, each with an affiliation', () => {
  const expected = [
    { name: 'Hiroko Tanabe', affiliation: 'Kansai Institute of Technology' },
    { name: 'Marc Olivier', affiliation: 'Meridian Policy Forum' },
  ];
  for (const joiner of [' and ', ' & ', ', ', ', and ']) {
    assert.deepEqual(
      parseByline(`Hiroko Tanabe (Kansai Institute of Technology)${joiner}Marc Olivier (Meridian Policy Forum)`),
      expected,
    );
  }
});

test('"By" is dropped and a name may stand without an affiliation', () => {
  assert.deepEqual(parseByline('By Tomasz Wiśniewski'), [{ name: 'Tomasz Wiśniewski' }]);
  assert.deepEqual(parseByline('田中 美咲 （京都大学）'), [{ name: '田中 美咲', affiliation: '京都大学' }]);
});

test('lines that are not bylines give undefined', () => {
  for (const line of [
    '',
    'Search with Google',
    'A season of fringe theatre in three cities',
    'Home > Media Reviews',
    'John de Boer (University of Tokyo',
    'Over the past week, the international media has closely monitored the talks.',
  ]) {
    assert.equal(parseByline(line), undefined, line);
  }
});
