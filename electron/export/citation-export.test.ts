import assert from 'node:assert/strict';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { AST, parse as parseRis } from 'astrocite-ris';
import { OffprintError } from '../model/offprint-error.ts';
import type { Reference, Review } from '../model/review.ts';
import { splitPersonName } from '../references/person-name.ts';
import { exportCitations } from './citation-export.ts';
import {
  entryFor,
  importFixtureReview,
  paragraphs,
  pandoc as runPandoc,
  fixtureSourceUrl as sourceUrl,
  squash,
  withRepeatedAuthors,
  yearOf,
} from './citation-test-fixture.ts';

let dir = '';
let fixture: Review;

before(async () => {
  ({ dir, review: fixture } = await importFixtureReview());
});

after(() => rm(dir, { recursive: true, force: true }));

function pandoc(args: string[]): Promise<string> {
  return runPandoc(dir, args);
}

type CslName = {
  family?: string;
  given?: string;
  literal?: string;
  'dropping-particle'?: string;
  'non-dropping-particle'?: string;
};
type CslRecord = {
  id: string;
  type: string;
  title?: string;
  author?: CslName[];
  'container-title'?: string;
  issue?: string | number;
  issued?: { 'date-parts'?: (string | number)[][] };
  URL?: string;
};

/** A name as `family, given`, with a particle (BibTeX's "von" part, `de`) put back in front of the family name. */
function nameText(name: CslName): string {
  if (name.literal) return name.literal;
  const family = [name['dropping-particle'], name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  return `${family}, ${name.given ?? ''}`;
}

function expectedNames(names: string[] | undefined): string[] {
  return (names ?? []).map((name) => {
    const parts = splitPersonName(name);
    return 'literal' in parts ? parts.literal : `${parts.family}, ${parts.given}`;
  });
}

function dateOf(record: CslRecord): number[] {
  return (record.issued?.['date-parts']?.[0] ?? []).map(Number);
}

/** The date parts of `2002-08-30`, cut to the first `count` parts. */
function expectedDate(date: string | undefined, count: number): number[] {
  return (date ?? '').split(/[-T]/).slice(0, count).map(Number);
}

async function bibtexThroughPandoc(reviews: Review[]): Promise<CslRecord[]> {
  const file = exportCitations(reviews, 'bibtex');
  await writeFile(path.join(dir, file.name), file.text);
  return JSON.parse(await pandoc(['-f', 'bibtex', '-t', 'csljson', file.name])) as CslRecord[];
}

function unicodeReview(): Review {
  const reference: Reference = {
    raw: 'José Núñez, "日本と北朝鮮の会談 — café crème", 朝日新聞, 28 August 2002',
    title: '日本と北朝鮮の会談 — café crème',
    authors: ['José Núñez'],
    container: '朝日新聞',
    issued: '2002-08-28',
  };
  return {
    ...fixture,
    title: 'Café au lait: 東京の新聞が見た会談',
    authors: [{ name: 'Søren Åkerlund', affiliation: 'Universität Zürich' }, { name: '田中 美咲' }],
    references: [reference],
  };
}

test('pandoc --citeproc formats every fixture reference from the CSL-JSON with its outlet, title and year', async () => {
  const file = exportCitations([fixture], 'csl-json');
  await writeFile(path.join(dir, file.name), file.text);
  await writeFile(path.join(dir, 'doc.md'), `---\nnocite: '@*'\nbibliography: ${file.name}\n---\n`);
  const entries = withRepeatedAuthors(paragraphs(await pandoc(['--citeproc', '-t', 'plain', '--wrap=none', 'doc.md'])));
  assert.equal(entries.length, 1 + fixture.references.length);
  for (const reference of fixture.references) {
    const entry = squash(entryFor(entries, reference.title ?? reference.raw));
    assert.ok(entry.includes(squash(reference.container ?? '')), `outlet missing from: ${entry}`);
    assert.ok(entry.includes(yearOf(reference)), `year missing from: ${entry}`);
    for (const author of reference.authors ?? []) assert.ok(entry.includes(squash(author.split(' ').at(-1) ?? '')));
  }
  const review = squash(entryFor(entries, fixture.title));
  assert.ok(review.includes(squash(fixture.series ?? '')) && review.includes('2002') && review.includes('boer'));
});

test('the CSL-JSON holds the review as an article-magazine item followed by its references, with stable ids', () => {
  const items = JSON.parse(exportCitations([fixture], 'csl-json').text) as CslRecord[];
  assert.deepEqual(
    items.map((item) => item.id),
    [fixture.id, ...fixture.references.map((_, index) => `${fixture.id}-ref-${index + 1}`)],
  );
  const [review] = items;
  assert.deepEqual(review, {
    id: fixture.id,
    type: 'article-magazine',
    title: fixture.title,
    author: [{ family: 'de Boer', given: 'John' }],
    'container-title': 'Weekly Review',
    issue: '63',
    issued: { 'date-parts': [[2002, 9, 2]] },
    publisher: fixture.site,
    URL: sourceUrl,
    note: 'John de Boer (University of Tokyo & GLOCOM Platform)',
  });
  assert.deepEqual(
    items.slice(1),
    fixture.references.map((reference, index) => ({ ...reference.csl, id: items[index + 1]?.id })),
  );
  assert.equal(exportCitations([fixture], 'csl-json').text, exportCitations([fixture], 'csl-json').text);
});

test('pandoc reads the BibTeX back with the titles, authors, outlets and dates we meant to write', async () => {
  const records = await bibtexThroughPandoc([fixture]);
  assert.equal(records.length, 1 + fixture.references.length);
  const [review, ...references] = records;
  assert.equal(review?.title, fixture.title);
  assert.deepEqual(review?.author?.map(nameText), expectedNames(fixture.authors.map((author) => author.name)));
  assert.equal(review?.['container-title'], fixture.series);
  assert.equal(String(review?.issue), fixture.issue);
  assert.deepEqual(review && dateOf(review), expectedDate(fixture.publishedAt, 2));
  assert.equal(review?.URL, sourceUrl);
  fixture.references.forEach((reference, index) => {
    const record = references[index];
    assert.ok(record, `reference ${index + 1} is missing from the BibTeX`);
    assert.equal(record.title, reference.title);
    assert.deepEqual(record.author?.map(nameText) ?? [], expectedNames(reference.authors));
    assert.equal(record['container-title'], reference.container);
    assert.deepEqual(dateOf(record), expectedDate(reference.issued, 2));
  });
});

test('BibTeX dates are a year and a numeric month, never a month with a day in it', () => {
  const text = exportCitations([fixture], 'bibtex').text;
  const months = [...text.matchAll(/^\s*month = \{([^}]*)\},$/gm)].map((match) => match[1]);
  assert.equal(months.length, 1 + fixture.references.length);
  for (const month of months) assert.match(month ?? '', /^(?:[1-9]|1[0-2])$/);
});

test('BibTeX keys stay unique when two reviews cite the same articles', async () => {
  const copy = { ...fixture, id: 'weekly-review-63-copy' };
  const records = await bibtexThroughPandoc([fixture, copy]);
  const keys = records.map((record) => record.id);
  assert.equal(keys.length, 2 * (1 + fixture.references.length));
  assert.equal(new Set(keys).size, keys.length, `duplicate keys in ${keys.join(', ')}`);
  assert.equal(exportCitations([fixture, copy], 'bibtex').text, exportCitations([fixture, copy], 'bibtex').text);
});

test('astrocite reads the RIS back with the type, title, authors, outlet, year and address of every item', () => {
  const file = exportCitations([fixture], 'ris');
  const records = parseRis(file.text) as unknown as CslRecord[];
  assert.equal(records.length, 1 + fixture.references.length);
  const [review, ...references] = records;
  assert.equal(review?.type, 'article-magazine');
  assert.equal(review?.title, fixture.title);
  assert.deepEqual(review?.author?.map(nameText), expectedNames(fixture.authors.map((author) => author.name)));
  assert.equal(review?.['container-title'], fixture.series);
  assert.deepEqual(review && dateOf(review), [2002]);
  assert.equal(review?.URL, sourceUrl);
  fixture.references.forEach((reference, index) => {
    const record = references[index];
    assert.ok(record, `reference ${index + 1} is missing from the RIS`);
    assert.equal(record.type, 'article-newspaper');
    assert.equal(record.title, reference.title);
    assert.deepEqual(record.author?.map(nameText) ?? [], expectedNames(reference.authors));
    assert.equal(record['container-title'], reference.container);
    assert.deepEqual(dateOf(record), expectedDate(reference.issued, 3));
  });
});

test('RIS records carry their whole id, a zero-padded full date and each value on one line', () => {
  const records = AST.parse(exportCitations([fixture], 'ris').text).children;
  const ids = records.map((record) => record.properties.find((property) => property.key === 'ID')?.value);
  assert.deepEqual(ids, [fixture.id, ...fixture.references.map((_, index) => `${fixture.id}-ref-${index + 1}`)]);
  const longTitle = fixture.references.map((reference) => reference.title ?? '').find((title) => title.length > 70);
  assert.ok(longTitle, 'the fixture should have a title longer than 70 characters');
  assert.ok(records.some((record) => record.properties.some((property) => property.value === longTitle)));
  const [review] = records;
  const tags = new Map(review?.properties.map((property) => [property.key, property.value]));
  assert.equal(review?.type, 'MGZN');
  assert.equal(tags.get('ID'), fixture.id);
  assert.equal(tags.get('DA'), '2002/09/02/');
  assert.equal(tags.get('PY'), '2002');
  assert.equal(tags.get('UR'), sourceUrl);
  const news = records.slice(1).map((record) => [record.type, record.properties.find((p) => p.key === 'DA')?.value]);
  assert.deepEqual(
    news,
    fixture.references.map((reference) => ['NEWS', `${reference.issued?.replaceAll('-', '/')}/`]),
  );
});

test('an unknown format is refused with the formats there are', () => {
  assert.throws(
    () => exportCitations([fixture], 'endnote' as 'ris'),
    new OffprintError(
      'invalid-input',
      'Cannot export references as "endnote": choose csl-json, bibtex, ris or bibliography',
    ),
  );
});

test('each format has its file name and media type', () => {
  const files = (['csl-json', 'bibtex', 'ris', 'bibliography'] as const).map((format) => {
    const { name, mediaType } = exportCitations([fixture], format);
    return [name, mediaType];
  });
  assert.deepEqual(files, [
    ['references.json', 'application/vnd.citationstyles.csl+json'],
    ['references.bib', 'application/x-bibtex'],
    ['references.ris', 'application/x-research-info-systems'],
    ['bibliography.txt', 'text/plain'],
  ]);
});

test('accents and CJK survive CSL-JSON, BibTeX, RIS and the bibliography', async () => {
  const review = unicodeReview();
  const [reference] = review.references;
  const expected = [review.title, reference?.title ?? '', reference?.container ?? ''];

  const items = JSON.parse(exportCitations([review], 'csl-json').text) as CslRecord[];
  assert.deepEqual([items[0]?.title, items[1]?.title, items[1]?.['container-title']], expected);
  assert.deepEqual(items[0]?.author, [
    { family: 'Åkerlund', given: 'Søren' },
    { family: '田中', given: '美咲' },
  ]);

  const bibtex = await bibtexThroughPandoc([review]);
  assert.deepEqual([bibtex[0]?.title, bibtex[1]?.title, bibtex[1]?.['container-title']], expected);
  assert.deepEqual(bibtex[0]?.author?.map(nameText), ['Åkerlund, Søren', '田中, 美咲']);
  assert.deepEqual(bibtex[1]?.author?.map(nameText), ['Núñez, José']);

  const ris = parseRis(exportCitations([review], 'ris').text) as unknown as CslRecord[];
  assert.deepEqual([ris[0]?.title, ris[1]?.title, ris[1]?.['container-title']], expected);
  assert.deepEqual(ris[0]?.author?.map(nameText), ['Åkerlund, Søren', '田中, 美咲']);
  assert.deepEqual(ris[1]?.author?.map(nameText), ['Núñez, José']);

  for (const style of ['apa', 'vancouver'] as const) {
    const text = exportCitations([review], 'bibliography', { style }).text;
    for (const part of [...expected, 'Åkerlund', '田中', 'Núñez']) assert.ok(text.includes(part), `${style}: ${part}`);
  }
});

test('a review with no references still exports itself in every format', async () => {
  const review = { ...fixture, references: [] };
  const items = JSON.parse(exportCitations([review], 'csl-json').text) as CslRecord[];
  assert.deepEqual(
    items.map((item) => [item.id, item.title]),
    [[fixture.id, fixture.title]],
  );
  const bibtex = await bibtexThroughPandoc([review]);
  assert.deepEqual(
    bibtex.map((item) => item.title),
    [fixture.title],
  );
  const ris = parseRis(exportCitations([review], 'ris').text) as unknown as CslRecord[];
  assert.deepEqual(
    ris.map((item) => item.title),
    [fixture.title],
  );
  const entries = paragraphs(exportCitations([review], 'bibliography').text);
  assert.equal(entries.length, 1);
  entryFor(entries, fixture.title);
});
