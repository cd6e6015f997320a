import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDate, parseReference } from './reference-parser.ts';

test('a line with author, headline, outlet and date gives every field', () => {
  assert.deepEqual(
    parseReference('  • Elaine Lies, "Japan PM to make historic North Korean visit", Reuters, 30 August 2002'),
    {
      raw: 'Elaine Lies, "Japan PM to make historic North Korean visit", Reuters, 30 August 2002',
      title: 'Japan PM to make historic North Korean visit',
      authors: ['Elaine Lies'],
      container: 'Reuters',
      issued: '2002-08-30',
    },
  );
});

test('a line without an author keeps the outlet, and drops a leading "the"', () => {
  const reference = parseReference('• "North Korea - Japan talks Underway", the BBC, 25 August 2002');
  assert.equal(reference.title, 'North Korea - Japan talks Underway');
  assert.equal(reference.authors, undefined);
  assert.equal(reference.container, 'BBC');
  assert.equal(reference.issued, '2002-08-25');
});

test('curly quotes, two authors and a month-first date are understood', () => {
  const reference = parseReference(
    'Ana Pérez and Kenji Sato, “Ports reopen after the storm,” The Harbour Post, March 4, 2024',
  );
  assert.deepEqual(reference.authors, ['Ana Pérez', 'Kenji Sato']);
  assert.equal(reference.title, 'Ports reopen after the storm');
  assert.equal(reference.container, 'Harbour Post');
  assert.equal(reference.issued, '2024-03-04');
});

test('a url in the line is kept as the url', () => {
  const reference = parseReference('"Talks end", Example Wire, 2002-08-26, https://news.example/talks-end.');
  assert.equal(reference.url, 'https://news.example/talks-end');
  assert.equal(reference.container, 'Example Wire');
  assert.equal(reference.issued, '2002-08-26');
});

test('a line that is not a citation is kept whole as raw text', () => {
  assert.deepEqual(parseReference('See also the ministry statement of last week'), {
    raw: 'See also the ministry statement of last week',
  });
});

test('impossible dates are not taken as dates', () => {
  assert.equal(parseDate('31 February 2002'), undefined);
  assert.equal(parseDate('30 Smarch 2002'), undefined);
  assert.equal(parseDate('Sept. 2, 2002'), '2002-09-02');
});

test('"the Associated Press" is the outlet Associated Press', () => {
  const reference = parseReference(
    '• Yuri Kageyama, "Japan and North Korea Fail to bridge differences but agree to more talks", the Associated Press, 27 August 2002',
  );
  assert.deepEqual(reference.authors, ['Yuri Kageyama']);
  assert.equal(reference.container, 'Associated Press');
  assert.equal(reference.issued, '2002-08-27');
});

test('a headline with a comma inside its quotes is kept whole', () => {
  const reference = parseReference('"Japan, North Korea Wrap up talks", CNN, 26 August 2002');
  assert.equal(reference.title, 'Japan, North Korea Wrap up talks');
  assert.equal(reference.container, 'CNN');
});

test('numbered lines and authors written in Japanese script are read', () => {
  const reference = parseReference('2. 佐藤 健, "Ministers meet on fishing line", the Morning Chronicle, 5 May 2004');
  assert.deepEqual(reference.authors, ['佐藤 健']);
  assert.equal(reference.container, 'Morning Chronicle');
  assert.equal(reference.issued, '2004-05-05');
});
