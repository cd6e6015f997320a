import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Reference } from '../model/review.ts';
import { linkCitations } from './citation-linker.ts';
import { parseReference } from './reference-parser.ts';

const reuters = [
  parseReference('"Koizumi planning historic trip to North Korea", Reuters, 30 August 2002'),
  parseReference('Elaine Lies, "Japan PM to make historic North Korean visit", Reuters, 30 August 2002'),
];

test('two entries from the same outlet and day with nothing to tell them apart: nothing is linked', () => {
  const body = 'The visit was called "a major diplomatic coup" (August 30, Reuters).';
  assert.equal(linkCitations(body, reuters), body);
});

test("an author's name in the same paragraph settles which entry is meant", () => {
  const body = 'Elaine Lies saw a coup. It was "a major diplomatic coup" (August 30, Reuters).';
  assert.equal(
    linkCitations(body, reuters),
    'Elaine Lies saw a coup. It was "a major diplomatic coup" ([August 30, Reuters](#ref-2)).',
  );
  const byFamilyName = 'As the report by Lies put it, it was "a coup" (August 30, Reuters).';
  assert.equal(
    linkCitations(byFamilyName, reuters),
    byFamilyName.replace('August 30, Reuters', '[August 30, Reuters](#ref-2)'),
  );
});

test('quoted headline words settle which entry is meant', () => {
  const body = 'Reuters wrote that Koizumi was "planning a historic trip" to the North.';
  assert.equal(
    linkCitations(body, reuters),
    'Reuters wrote that Koizumi was "planning a historic trip" to the North.'.replace('Reuters', '[Reuters](#ref-1)'),
  );
});

test('a printed date that contradicts the only entry keeps the mention plain', () => {
  const references = [parseReference('"North Korea - Japan talks Underway", the BBC, 25 August 2002')];
  const body = 'The BBC reported on 26 August that talks had ended.';
  assert.equal(linkCitations(body, references), body);
});

test('a parenthetical naming two outlets links each outlet name to its own entry', () => {
  const references = [
    parseReference('"North Korea - Japan talks Underway", the BBC, 25 August 2002'),
    parseReference('"Japan, North Korea Wrap up talks", CNN, 26 August 2002'),
  ];
  assert.equal(
    linkCitations('Talks went on (BBC, 25 August; CNN, 26 August).', references),
    'Talks went on ([BBC](#ref-1), 25 August; [CNN](#ref-2), 26 August).',
  );
});

test('outlets with accents and several words are found whole', () => {
  const references = [parseReference('"Storm of the decade on its way", Rhône Messenger, 31 March 2007')];
  assert.equal(
    linkCitations('The Rhône Messenger promised on 31 March 2007 a storm.', references),
    'The [Rhône Messenger](#ref-1) promised on 31 March 2007 a storm.',
  );
});

test('mentions inside links, code and HTML are never linked', () => {
  const references = [parseReference('"North Korea - Japan talks Underway", the BBC, 25 August 2002')];
  const body = [
    'See [the BBC on 25 August](https://bbc.example/a) and `BBC (25 August)`.',
    '',
    '<span title="BBC 25 August">x</span>',
    '',
    '```',
    'BBC reported on 25 August',
    '```',
  ].join('\n');
  assert.equal(linkCitations(body, references), body);
});

test('text without mentions, and references without outlets, leave the body unchanged', () => {
  const body = 'Nothing here names an outlet.\n\nNot even on 25 August.';
  assert.equal(linkCitations(body, [parseReference('"Talks", the BBC, 25 August 2002')]), body);
  const unparsed: Reference[] = [{ raw: 'A ministry statement' }, { raw: 'x', title: 'Talks', issued: '2002-08-25' }];
  assert.equal(linkCitations('The ministry statement of 25 August.', unparsed), 'The ministry statement of 25 August.');
  assert.equal(linkCitations('', unparsed), '');
});

test('sentences end at full stops but not after initials or titles', () => {
  const references = [parseReference('"Talks", the BBC, 25 August 2002')];
  const body = 'Dr. Sato and J. Smith told the BBC so. Later, on 25 August, the talks ended.';
  assert.equal(linkCitations(body, references), body);
  const sameSentence = 'Dr. Sato told the BBC on 25 August that the talks ended.';
  assert.equal(linkCitations(sameSentence, references), sameSentence.replace('BBC', '[BBC](#ref-1)'));
});
