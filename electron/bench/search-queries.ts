import type { SeededRandom } from '../fake-data/seeded-random.ts';
import type { SearchDocument } from '../search/index/search-document.ts';

/** One query the benchmark asks, and what kind it is (for the report). */
export interface BenchQuery {
  kind: 'words' | 'prefix' | 'phrase' | 'field' | 'typo';
  text: string;
}

const wordPattern = /\p{L}{5,}/gu;

/**
 * Queries a reader would type, drawn from the documents themselves so they find something: two words, two words
 * with the last one half typed, a quoted phrase, an author or outlet field with a word, and a word with a typo.
 */
export function makeQueries(docs: readonly SearchDocument[], random: SeededRandom, perKind: number): BenchQuery[] {
  const queries: BenchQuery[] = [];
  for (let i = 0; i < perKind; i++) {
    const doc = random.pick(docs);
    const words = wordsOf(doc.body);
    const first = random.pick(words);
    const second = random.pick(words);
    queries.push({ kind: 'words', text: `${first} ${second}` });
    queries.push({ kind: 'prefix', text: `${first} ${second.slice(0, Math.max(3, Math.ceil(second.length / 2)))}` });
    const start = random.int(0, Math.max(0, words.length - 3));
    queries.push({ kind: 'phrase', text: `"${words.slice(start, start + 2).join(' ')}"` });
    const author = (doc.authors[0] ?? '').split(',')[0]?.split(' ').pop() ?? '';
    const outlet = doc.outlets[0]?.split(' ').pop() ?? '';
    queries.push({
      kind: 'field',
      text: random.chance(0.5) && author ? `author:${author} ${first}` : `outlet:${outlet} ${first}`,
    });
    queries.push({ kind: 'typo', text: withTypo(first, random) });
  }
  return queries;
}

/** The word with one letter swapped for its neighbour (a slip of the finger), keeping its length. */
export function withTypo(word: string, random: SeededRandom): string {
  if (word.length < 5) return word;
  const at = random.int(1, word.length - 2);
  return `${word.slice(0, at)}${word[at + 1]}${word[at]}${word.slice(at + 2)}`;
}

function wordsOf(text: string): string[] {
  const words = text.match(wordPattern) ?? [];
  return words.length > 0 ? words.map((word) => word.toLowerCase()) : ['review'];
}
