import type { SeededRandom } from './seeded-random.ts';

const nouns = `coverage press editor column headline minister strike budget election council report story reader
broadcast bulletin interview source leak memo inquiry court verdict harbour market price wage union rota shift quay
factory school hospital border treaty summit vote campaign poll survey figure statement spokesman official agency wire
page frame angle narrative silence week morning evening weekend debate parliament committee hearing witness scandal
rumour correction apology letter photograph caption chart statistic forecast deficit tax subsidy pension rent housing
flood drought harvest fishery railway airport motorway bridge museum festival newsroom desk correspondent anchor
audience listener viewer sponsor advertiser owner publisher archive transcript quotation claim denial promise
complaint tribunal regulator licence frequency supplement edition deadline scoop exclusive profile obituary editorial
cartoon satire review essay dispatch briefing dossier warning pledge ballot district province capital village coast
valley mine mill port ferry crossing picket shelf grocer baker farmer nurse teacher driver`;

const adjectives = `regional national local careful plain long short quiet loud early late familiar unusual sober
breathless partisan cautious steady uneven generous narrow broad telling striking modest weekly daily official
anonymous public private rival smaller larger earlier later second final opening closing usual rare sharp soft
detailed brief angry calm patient hurried balanced lopsided thin thorough vague precise`;

const verbs = `reported framed quoted asked opened shifted described noted ignored followed repeated argued suggested
claimed insisted explained covered published ran led buried missed caught echoed challenged corrected softened
sharpened doubted praised blamed summarised questioned recast dropped revived weighed measured counted traced linked
credited contrasted`;

const adverbs = `barely closely quietly largely mostly plainly rarely often once again finally perhaps notably
briefly openly repeatedly carefully hardly`;

const prepositions = ['of', 'in', 'on', 'about', 'from', 'after', 'before', 'beside', 'against', 'for', 'over'];
const determiners = ['the', 'the', 'the', 'a', 'its', 'their', 'every', 'one', 'that', 'this'];
const joiners = [', and ', '; ', ', but ', ' while ', ', so ', ', because ', ', although ', ' — and '];

/** Invented outlets, used in the text and in the reference lists. */
export const outlets = [
  'The Northern Ledger',
  'Radio Meridian',
  'Harbour Evening Post',
  'Coastal Wire Service',
  'The Daily Courant',
  'Valley Gazette',
  'The Morning Beacon',
  'Channel Eleven News',
  'The Provincial Herald',
  'Capital Bulletin',
  'The Weekly Lantern',
  'Riverside Chronicle',
];

const words = (list: string): string[] => list.split(/\s+/).filter((word) => word.length > 0);
const vocabulary = { nouns: words(nouns), adjectives: words(adjectives), verbs: words(verbs), adverbs: words(adverbs) };

/** Upper-cases the first letter. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function nounPhrase(random: SeededRandom): string {
  const adjective = random.chance(0.4) ? `${random.pick(vocabulary.adjectives)} ` : '';
  const words = `${adjective}${random.pick(vocabulary.nouns)}`;
  const determiner = random.pick(determiners);
  const article = determiner === 'a' && /^[aeiou]/.test(words) ? 'an' : determiner;
  return random.chance(0.08) ? random.pick(outlets) : `${article} ${words}`;
}

function clause(random: SeededRandom): string {
  const adverb = random.chance(0.2) ? ` ${random.pick(vocabulary.adverbs)}` : '';
  const tail = random.chance(0.5) ? ` ${random.pick(prepositions)} ${nounPhrase(random)}` : '';
  return `${nounPhrase(random)}${adverb} ${random.pick(vocabulary.verbs)} ${nounPhrase(random)}${tail}`;
}

/** One sentence of one to three clauses, with the occasional emphasised word. */
function sentence(random: SeededRandom): string {
  let text = clause(random);
  const clauses = random.int(1, 3);
  for (let i = 1; i < clauses; i++) text += `${random.pick(joiners)}${clause(random)}`;
  if (random.chance(0.1)) text = text.replace(/ (\w{6,}) /, ' _$1_ ');
  return `${capitalize(text.trim())}${random.chance(0.06) ? '?' : '.'}`;
}

/** A paragraph of `min`–`max` sentences. */
function paragraph(random: SeededRandom, min = 3, max = 7): string {
  return Array.from({ length: random.int(min, max) }, () => sentence(random)).join(' ');
}

/** A headline-like phrase of a few words, sentence case, no final stop. */
export function headline(random: SeededRandom): string {
  const words = [nounPhrase(random), random.pick(vocabulary.verbs), nounPhrase(random)];
  if (random.chance(0.4)) words.push(random.pick(prepositions), nounPhrase(random));
  return capitalize(words.join(' '));
}

/** A review title: "The quiet budget and the rival harbour" and the like. */
export function reviewTitle(random: SeededRandom): string {
  const first = `${random.pick(vocabulary.adjectives)} ${random.pick(vocabulary.nouns)}`;
  const second = `${random.pick(vocabulary.nouns)} ${random.pick(prepositions)} the ${random.pick(vocabulary.nouns)}`;
  return capitalize(random.chance(0.5) ? `the ${first} and the ${second}` : `how ${headline(random).toLowerCase()}`);
}

/** A Markdown review body of about `targetLength` characters: sections, paragraphs, a quote, a list, citations. */
export function reviewBody(random: SeededRandom, targetLength: number, referenceCount: number): string {
  const blocks: string[] = [paragraph(random, 4, 7)];
  let length = blocks[0]?.length ?? 0;
  const add = (block: string) => {
    blocks.push(block);
    length += block.length + 2;
  };
  let quoted = false;
  let listed = false;
  while (length < targetLength) {
    add(`## ${capitalize(headline(random))}`);
    for (let i = random.int(2, 4); i > 0 && length < targetLength; i--) {
      if (!quoted && random.chance(0.15)) {
        add(`> ${paragraph(random, 1, 2)}`);
        quoted = true;
      } else if (!listed && random.chance(0.15)) {
        add(Array.from({ length: random.int(3, 5) }, () => `- ${sentence(random)}`).join('\n'));
        listed = true;
      } else add(`${paragraph(random)} [${random.int(1, referenceCount)}]`);
    }
  }
  return blocks.join('\n\n');
}

/** A reader's note of roughly `targetLength` characters. */
export function noteBody(random: SeededRandom, targetLength: number): string {
  let text = sentence(random);
  while (text.length < targetLength) text += ` ${sentence(random)}`;
  return text;
}
