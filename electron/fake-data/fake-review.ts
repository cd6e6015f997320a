import { createHash } from 'node:crypto';
import type { Note } from '../model/note.ts';
import type { Author, Review } from '../model/review.ts';
import { parseReference } from '../references/reference-parser.ts';
import { capitalize, headline, noteBody, outlets, reviewBody, reviewTitle } from './fake-prose.ts';
import { createRandom, type SeededRandom } from './seeded-random.ts';

/** One generated review with the reader's notes on it. */
export interface GeneratedReview {
  index: number;
  review: Review;
  notes: Note[];
}

const firstNames = ['Mara', 'Tomas', 'Ilse', 'Jon', 'Ana', 'Piet', 'Sofia', 'Karim', 'Lena', 'Oskar', 'Ruth', 'Idris'];
const lastNames = ['Lindqvist', 'Brandt', 'Moreau', 'Okafor', 'Pérez', 'de Vries', 'Halloran', 'Nakamura', 'Osei'];
const affiliations = [
  'Centre for Press Studies, University of Aldmere',
  'School of Journalism, Harbour University',
  'Media Observatory, Valley Institute',
  'Department of Communication, Northern College',
  'Independent media researcher',
];
const seriesPrefixes = ['Weekly', 'Northern', 'Coastal', 'Regional', 'Capital', 'Evening', 'Provincial', 'Morning'];
const seriesKinds = ['Review', 'Media Review', 'Press Digest', 'Media Monitor', 'Coverage Report'];
const series = seriesPrefixes.flatMap((prefix) => seriesKinds.map((kind) => `${prefix} ${kind}`));
const tagNames = ['labour', 'elections', 'regional press', 'broadcasting', 'economy', 'health', 'courts', 'climate'];
const months = 'January February March April May June July August September October November December'.split(' ');
const dayMs = 86_400_000;
const firstIssueMs = Date.UTC(2001, 0, 5);
const firstImportMs = Date.UTC(2024, 0, 1, 9);
const noteCount = 3;
const referenceCount = 8;

/** Yields `count` realistic reviews and their notes, the same ones for the same seed, in import order. */
export function* generateReviews(seed: number, count: number): Generator<GeneratedReview> {
  const random = createRandom(seed);
  const issues = new Map<string, number>();
  for (let index = 0; index < count; index++) {
    const seriesName = random.pick(series);
    const issue = (issues.get(seriesName) ?? 0) + 1;
    issues.set(seriesName, issue);
    const review = makeReview(random, index, seriesName, issue);
    yield { index, review, notes: makeNotes(random, review) };
  }
}

function makeReview(random: SeededRandom, index: number, seriesName: string, issue: number): Review {
  const published = new Date(firstIssueMs + series.indexOf(seriesName) * dayMs + (issue - 1) * 7 * dayMs);
  const title = reviewTitle(random);
  const body = reviewBody(random, random.int(9000, 11000), referenceCount);
  const references = Array.from({ length: referenceCount }, () => parseReference(referenceLine(random, published)));
  const tags = [...new Set(Array.from({ length: random.int(1, 4) }, () => random.pick(tagNames)))];
  const review: Review = {
    id: random.uuid(),
    title,
    series: seriesName,
    issue: String(issue),
    publishedAt: published.toISOString().slice(0, 10),
    authors: Array.from({ length: random.int(1, 2) }, () => author(random)),
    importedAt: new Date(firstImportMs + index * 60_000).toISOString(),
    referenceCount,
    tags,
    body,
    references,
    contentHash: createHash('sha256').update(title).update('\n').update(body).digest('hex'),
    provenance: { kind: 'markdown', fileName: `${seriesName.toLowerCase().replace(/ /g, '-')}-${issue}.md` },
    site: random.pick(outlets),
    language: 'en',
  };
  if (random.chance(0.5)) review.subtitle = capitalize(headline(random));
  return review;
}

function author(random: SeededRandom): Author {
  const name = `${random.pick(firstNames)} ${random.pick(lastNames)}`;
  return random.chance(0.9) ? { name, affiliation: random.pick(affiliations) } : { name };
}

/** `Author, "Headline", Outlet, 30 August 2002`, unsigned now and then, as review reference lists print them. */
function referenceLine(random: SeededRandom, published: Date): string {
  const date = new Date(published.getTime() - random.int(1, 12) * dayMs);
  const printed = `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  const quote = `"${headline(random)}", ${random.pick(outlets)}, ${printed}`;
  if (random.chance(0.2)) return quote;
  const writer = `${random.pick(firstNames)} ${random.pick(lastNames)}`;
  const second = random.chance(0.2) ? ` and ${random.pick(firstNames)} ${random.pick(lastNames)}` : '';
  return `${writer}${second}, ${quote}`;
}

function makeNotes(random: SeededRandom, review: Review): Note[] {
  const imported = Date.parse(review.importedAt);
  return Array.from({ length: noteCount }, (_, i) => {
    const at = new Date(imported + (i + 1) * 3_600_000).toISOString();
    return { id: random.uuid(), reviewId: review.id, body: noteBody(random, 300), createdAt: at, updatedAt: at };
  });
}
