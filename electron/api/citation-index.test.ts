import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { normaliseCitationKey } from './citation-index.ts';
import { openLibrary } from './library.ts';

function reviewText(title: string, references: string[]): string {
  return [
    '---',
    `title: ${title}`,
    'date: 2024-03-01',
    'references:',
    ...references.map((line) => `  - '${line}'`),
    '---',
    '',
    'Body.',
    '',
  ].join('\n');
}

async function emptyLibrary() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-citations-'));
  return openLibrary(dir, { addSample: false });
}

test('outlets are counted across reviews, merging case, spacing and a leading "the"', async () => {
  const { api, archive } = await emptyLibrary();
  await api.importMarkdown({
    content: reviewText('One', [
      '"Strike begins", Reuters, 1 March 2024',
      '"Ports close", The  Guardian, 2 March 2024',
    ]),
  });
  await api.importMarkdown({
    content: reviewText('Two', ['"Strike begins", reuters, 1 March 2024', '"Talks", Reuters, 3 March 2024']),
  });
  const { outlets } = await api.listOutlets({});
  assert.deepEqual(outlets, [
    { name: 'Reuters', count: 3, reviewCount: 2 },
    { name: 'Guardian', count: 1, reviewCount: 1 },
  ]);
  await archive.close();
});

test('findCiting finds reviews by outlet or by cited title and leaves out the given review', async () => {
  const { api, archive } = await emptyLibrary();
  const one = await api.importMarkdown({ content: reviewText('One', ['"Strike begins", Reuters, 1 March 2024']) });
  const two = await api.importMarkdown({ content: reviewText('Two', ['"Strike Begins", BBC, 1 March 2024']) });
  const byTitle = await api.findCiting({ title: '“strike begins”', excludeReviewId: one.id });
  assert.deepEqual(
    byTitle.reviews.map((review) => review.id),
    [two.id],
  );
  const byOutlet = await api.findCiting({ outlet: 'the reuters' });
  assert.deepEqual(
    byOutlet.reviews.map((review) => review.id),
    [one.id],
  );
  assert.deepEqual((await api.findCiting({})).reviews, []);
  await archive.close();
});

test('the index follows reviews added and removed after it was built', async () => {
  const { api, archive } = await emptyLibrary();
  const one = await api.importMarkdown({ content: reviewText('One', ['"A", Reuters, 1 March 2024']) });
  assert.equal((await api.listOutlets({})).outlets[0]?.count, 1);
  await api.importMarkdown({ content: reviewText('Two', ['"B", Reuters, 2 March 2024']) });
  // The new review is read in the background; the next answer waits for it.
  assert.equal((await api.listOutlets({})).outlets[0]?.count, 2);
  await api.deleteReview({ id: one.id });
  assert.deepEqual((await api.listOutlets({})).outlets, [{ name: 'Reuters', count: 1, reviewCount: 1 }]);
  await archive.close();
});

test('findCiting refuses an excluded review id that is not a valid id', async () => {
  const { dispatch } = await import('./dispatch.ts');
  const { api, archive } = await emptyLibrary();
  const result = await dispatch(api, 'findCiting', { outlet: 'Reuters', excludeReviewId: '../etc' });
  assert.equal(result.ok, false);
  await archive.close();
});

test('normaliseCitationKey ignores case, quotes, spacing and a leading "the"', () => {
  assert.equal(normaliseCitationKey('  The   NEW York Times '), 'new york times');
  assert.equal(normaliseCitationKey('“Strike begins.”'), 'strike begins');
});

test('findCiting returns the newest first up to its limit with the total, and listCitingIds every id', async () => {
  const { api, archive } = await emptyLibrary();
  const ids: string[] = [];
  for (const day of ['01', '02', '03', '04']) {
    const text = reviewText(`Day ${day}`, ['"Talks", Reuters, 1 March 2024']).replace('2024-03-01', `2024-03-${day}`);
    ids.push((await api.importMarkdown({ content: text })).id);
  }
  const limited = await api.findCiting({ outlet: 'Reuters', limit: 2 });
  assert.equal(limited.total, 4);
  assert.deepEqual(
    limited.reviews.map((review) => review.title),
    ['Day 04', 'Day 03'],
  );
  assert.deepEqual((await api.listCitingIds({ outlet: 'reuters' })).ids.sort(), [...ids].sort());
  assert.deepEqual((await api.listCitingIds({ outlet: 'BBC' })).ids, []);
  await archive.close();
});

test('a damaged review file cites nothing in the index instead of stopping it', async () => {
  const { api, archive } = await emptyLibrary();
  const good = await api.importMarkdown({ content: reviewText('Good', ['"Talks", Reuters, 1 March 2024']) });
  const bad = await api.importMarkdown({ content: reviewText('Bad', ['"Talks", Reuters, 1 March 2024']) });
  await writeFile(path.join(archive.dir, 'reviews', `${bad.id}.json`), '{"references": ');
  assert.deepEqual((await api.listCitingIds({ outlet: 'Reuters' })).ids, [good.id]);
  await archive.close();
});
