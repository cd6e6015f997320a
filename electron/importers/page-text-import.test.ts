import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { OffprintError } from '../model/offprint-error.ts';
import type { Reference } from '../model/review.ts';
import { toCslItem } from '../references/csl-item.ts';
import { importPageText, looksLikePageText } from './page-text-import.ts';
import type { ReviewDraft } from './review-draft.ts';

const fixture = new URL('../../../shared/fixtures/pages/weekly-review-63.txt', import.meta.url);

async function testPage(name: string): Promise<string> {
  return readFile(new URL(`./test-pages/${name}`, import.meta.url), 'utf8');
}

/** The references as parsed, each with the CSL item made from it. */
function withCsl(references: Reference[]): Reference[] {
  return references.map((reference) => ({ ...reference, csl: toCslItem(reference) }));
}

const fixtureParagraphs = [
  "Over the past week, the international media has closely monitored the flurry of diplomatic activity that took place between Japan and North Korea (Democratic People's Republic of Korea). Interestingly enough, the media's attention was not focused on the outcome of the two-day talks between Japanese and North Korean Foreign Ministry officials in Pyongyang but rather on the motivation behind the move to resume talks at this particular juncture after two years of stagnation.",
  "The general consensus was that little was achieved in concrete terms through these talks that took place between August 25-26. Although, the Asahi Evening News did claim that \"Japan gained ground\" in Pyongyang the actual analysis provided indicated that none of the core issues blocking any move towards diplomatic normalization were resolved. The main obstacles include North Korea's denial of abducting 11 Japanese nationals during the 1970's and 1980's and Japan's refusal to issue an apology and compensation for crimes committed against Korea during its 35 year occupation of the Peninsula between 1910-45. Officially, Japanese Foreign Ministry sources claimed that there was not enough time to arrive at an agreement on these issues and that negotiations would resume in a month's time.",
  "Curiosity peeked when the Japanese Prime Minister, Junichiro Koizumi, announced his intention to visit North Korea on 17 September despite the lack of progress made in recent negotiations. Koizumi's visit will represent the first trip by a Japanese Prime Minister to North Korea and unless a secretive arrangement is in the works it is hard to imagine why the Prime Minister would travel to the North while critical problems remain outstanding.",
  'Elaine Lies\' assessment was that the announcement represented an attempt to bolster Koizumi\'s status both domestically and regionally. She claimed that, "for Koizumi, whose popularity has been flagging at home, agreement from the North for a visit is a major diplomatic coup". She went on to indicate that the move was also likely aimed to, "enhance his stature in the region at a time when Tokyo is worried about losing influence to China" (August 30, Reuters).',
  "As far as North Korean motives were concerned most articles pointed to two reasons for the resumption of talks with Japan and for its positive response towards Koizumi's announcement to visit the country: (1) the threat of starvation; and (2) the desire to relieve Kim Jong Il's regime from increased US pressure.",
  'In relation to the first argument, the BBC reported that the desire of North Korean officials to improve ties with key US allies in Asia, Japan and South Korea, were "prompted by economic desperation and the need for foreign help" (25 August). The article further indicated that officials were seeking a commitment on food aid, which Japan has refused to extend this year despite being one of the largest sources of such aid to North Korea in recent years. Although a Japanese Foreign Ministry official was quoted in the Asahi Evening News as stating that food aid was not discussed during the talks, CNN\'s article of 26 August reiterated Pyongyang\'s search for food and emphasized that Japan has shipped 1.18 million tons of food aid to the North in the past.',
  'As to the second reason, the press outlined a parallel between US lobbying activities in Asia that sought to gain support for its plans to remove Saddam Hussein from power in Iraq and a potential attack on the communist regime in North Korea. Just as the US has criticized Iraq of producing Weapons of Mass Destruction, the US Under Secretary of State, John Bolton, accused North Korea this week as being the "world\'s foremost missile peddler" causing many to question whether the US was planning to topple Kim along similar lines. Amidst increasing pressure, North Korean officials reportedly want to position Japan as an intermediary between itself and the US. Recognizing Japan\'s aversion to increased instability in the region, the strategy communicated by news sources such as the BBC, CNN and Reuters was one that tried to promote dialogue and negotiation with the US through its allies in Asia with the ultimate objective of preserving Kim\'s hold on power. Towards this end the Asahi Evening News indicated that North Korea recognizes that, "it needs tacit approval from the US to sustain Kim\'s regime".',
  "What these news items reveal is that negotiations between Japan and North Korea are motivated by issues of personal prestige and political power. For Koizumi, recent overtures aim to deflect domestic criticism by demonstrating diplomatic success abroad. For Kim Jong-Il, the strategy is to use Japan and South Korea to reach a compromise solution with the US in order to prolong his rule. If this is indeed true, the matter is very depressing, beckoning us to ask whether there exists any genuine effort for peace in the Peninsula at all. At the end of the day, the core issues do not seem to be about the fate of the abducted Japanese, compensation for suffering during Japan's colonial period or even about the millions of starving North Koreans today. Instead, its all about political survival.",
];

const fixtureReferences: Reference[] = [
  {
    raw: '"Koizumi planning historic trip to North Korea", Reuters, 30 August 2002',
    title: 'Koizumi planning historic trip to North Korea',
    container: 'Reuters',
    issued: '2002-08-30',
  },
  {
    raw: '"Japan gains ground in Pyongyan talks", Asahi Evening News, 28 August 2002',
    title: 'Japan gains ground in Pyongyan talks',
    container: 'Asahi Evening News',
    issued: '2002-08-28',
  },
  {
    raw: 'Elaine Lies, "Japan PM to make historic North Korean visit", Reuters, 30 August 2002',
    title: 'Japan PM to make historic North Korean visit',
    authors: ['Elaine Lies'],
    container: 'Reuters',
    issued: '2002-08-30',
  },
  {
    raw: '"North Korea Says US Hypocritical over Weapons", Reuters, 26 August 2002',
    title: 'North Korea Says US Hypocritical over Weapons',
    container: 'Reuters',
    issued: '2002-08-26',
  },
  {
    raw: 'Yuri Kageyama, "Japan and North Korea Fail to bridge differences but agree to more talks", the Associated Press, 27 August 2002',
    title: 'Japan and North Korea Fail to bridge differences but agree to more talks',
    authors: ['Yuri Kageyama'],
    container: 'Associated Press',
    issued: '2002-08-27',
  },
  {
    raw: '"North Korea - Japan talks Underway", the BBC, 25 August 2002',
    title: 'North Korea - Japan talks Underway',
    container: 'BBC',
    issued: '2002-08-25',
  },
  {
    raw: '"Japan, North Korea Wrap up talks", CNN, 26 August 2002',
    title: 'Japan, North Korea Wrap up talks',
    container: 'CNN',
    issued: '2002-08-26',
  },
];

test('the Weekly Review #63 page text imports with every field exactly', async () => {
  const draft = importPageText(await readFile(fixture, 'utf8'), 'weekly-review-63.txt');
  // The section keeps the breadcrumb as printed, typo included, without its leading "Home".
  const expected: ReviewDraft = {
    title: 'How the Media views talks between North Korea and Japan',
    series: 'Weekly Review',
    issue: '63',
    publishedAt: '2002-09-02',
    updatedAt: '2007-09-03T14:57',
    updatedAtRaw: 'Last Updated: 14:57 03/09/2007',
    authors: [{ name: 'John de Boer', affiliation: 'University of Tokyo & GLOCOM Platform' }],
    site: 'GLOCOM Platform',
    section: 'Media Reiews > Weekly Review',
    copyright: 'Japanese Institute of Global Communications',
    body: fixtureParagraphs.join('\n\n'),
    references: withCsl(fixtureReferences),
    tags: [],
  };
  assert.deepEqual(draft, expected);
});

test('the fixture body holds only the article: no navigation, breadcrumb, stamp, references or copyright', async () => {
  const { body } = importPageText(await readFile(fixture, 'utf8'), 'weekly-review-63.txt');
  assert.equal(body.split('\n\n').length, 8);
  assert.ok(body.startsWith('Over the past week'));
  assert.ok(body.endsWith('Instead, its all about political survival.'));
  for (const stray of [
    'Summary Page',
    'Search with Google',
    'Home >',
    'Last Updated',
    '•',
    'Copyright',
    'Tech Reviews',
  ]) {
    assert.equal(body.includes(stray), false, `the body should not contain "${stray}"`);
  }
});

test('each fixture reference carries its CSL-JSON item', async () => {
  const draft = importPageText(await readFile(fixture, 'utf8'), 'weekly-review-63.txt');
  const lies = draft.references[2]?.csl;
  assert.equal(lies?.type, 'article-newspaper');
  assert.deepEqual(lies?.author, [{ family: 'Lies', given: 'Elaine' }]);
  assert.equal(lies?.['container-title'], 'Reuters');
  assert.deepEqual(lies?.issued, { 'date-parts': [[2002, 8, 30]] });
  assert.equal(draft.references[4]?.csl?.['container-title'], 'Associated Press');
});

test('Windows line endings and a byte order mark change nothing', async () => {
  const text = await readFile(fixture, 'utf8');
  const windows = `\uFEFF${text.replace(/\n/g, '\r\n')}`;
  assert.deepEqual(importPageText(windows, 'weekly-review-63.txt'), importPageText(text, 'weekly-review-63.txt'));
});

test('two authors on one byline, pipe navigation, » breadcrumb, an unparsed reference and a url', async () => {
  const draft = importPageText(await testPage('tech-review-12.txt'), 'tech-review-12.txt');
  assert.deepEqual(draft, {
    title: 'Broadband targets and the press that doubted them',
    series: 'Tech Review',
    issue: '12',
    publishedAt: '2003-03-03',
    updatedAt: '2003-03-04T09:05',
    updatedAtRaw: 'Last updated: 09:05 04/03/2003',
    authors: [
      { name: 'Hiroko Tanabe', affiliation: 'Kansai Institute of Technology' },
      { name: 'Marc Olivier', affiliation: 'Meridian Policy Forum' },
    ],
    site: 'Meridian Policy Forum',
    section: 'Reviews > Tech Review',
    copyright: 'Meridian Policy Forum',
    body: [
      'When the ministry announced its plan to connect every household to broadband within five years, the newspapers that covered the launch were united in one respect: almost none of them believed the date.',
      'The Harbour Post called the target "ambitious to the point of fiction" (February 24), while the Northern Ledger quoted three operators who said the cost of rural lines had not been counted at all.',
      'Only the Valley Courier took the plan at its word, and even its report closed with a warning about the price of fibre in mountain towns.',
      'Our reading is that the press was right to doubt the calendar but wrong to dismiss the direction.',
    ].join('\n\n'),
    references: withCsl([
      {
        raw: 'Sara Lindqvist, "Five years to full broadband, says ministry", The Harbour Post, 24 February 2003',
        title: 'Five years to full broadband, says ministry',
        authors: ['Sara Lindqvist'],
        container: 'Harbour Post',
        issued: '2003-02-24',
      },
      {
        raw: '"Operators question rural fibre costs", Northern Ledger, February 25, 2003, https://ledger.example/2003/02/25/fibre',
        title: 'Operators question rural fibre costs',
        container: 'Northern Ledger',
        issued: '2003-02-25',
        url: 'https://ledger.example/2003/02/25/fibre',
      },
      { raw: 'Broadband plan summary, ministry press office (undated)' },
      {
        raw: '"Mountain towns wait for the line", the Valley Courier, 27 February 2003',
        title: 'Mountain towns wait for the line',
        container: 'Valley Courier',
        issued: '2003-02-27',
      },
    ]),
    tags: [],
  });
});

test('authors on separate lines with non-ASCII names, a day-first series date and a "Last modified" stamp', async () => {
  const draft = importPageText(await testPage('asia-letter-7.txt'), 'asia-letter-7.txt');
  assert.deepEqual(draft, {
    title: 'Fishing rights, and who reports on them',
    series: 'Asia Letter',
    issue: '7',
    publishedAt: '2004-05-14',
    updatedAt: '2004-05-16',
    updatedAtRaw: 'Last modified: 16 May 2004',
    authors: [
      { name: 'Søren Åkerlund', affiliation: 'Universitetet i Bergen' },
      { name: '田中 美咲', affiliation: '京都大学' },
    ],
    site: 'Kestrel Review of Asian Affairs',
    section: 'Letters > Asia Letter',
    copyright: 'Kestrel Review',
    body: [
      'The dispute over the northern fishing grounds has been covered in two very different voices this spring. Regional papers in Hokkaido wrote about boats and catches; the national dailies wrote about ministers.',
      'In Kushiro, the local daily ran a long series under the heading 「海の境界」 — "the border at sea" — that followed one crew through a season in which they lost half their usual catch.',
      "The national coverage, by contrast, rarely left Tokyo. The Morning Chronicle's reports named seven officials and not a single fisher.",
      'We think the regional papers told readers more about what the dispute costs, and the national papers more about how it might end.',
    ].join('\n\n'),
    references: withCsl([
      {
        raw: 'Ines Moreau, “Crews count the cost of the closed grounds,” Kushiro Coastal Daily, 2 May 2004',
        title: 'Crews count the cost of the closed grounds',
        authors: ['Ines Moreau'],
        container: 'Kushiro Coastal Daily',
        issued: '2004-05-02',
      },
      {
        raw: '佐藤 健, "Ministers meet on fishing line", the Morning Chronicle, 5 May 2004',
        title: 'Ministers meet on fishing line',
        authors: ['佐藤 健'],
        container: 'Morning Chronicle',
        issued: '2004-05-05',
      },
    ]),
    tags: [],
  });
});

test('a Notes section with [1] and ² markers becomes Markdown footnotes; an author without affiliation', async () => {
  const draft = importPageText(await testPage('economy-notes-21.txt'), 'economy-notes-21.txt');
  assert.deepEqual(draft, {
    title: 'Reading the harvest numbers',
    series: 'Economy Notes',
    issue: '21',
    publishedAt: '2005-06-07',
    authors: [{ name: 'Lucía Fernández-Ortega' }],
    site: 'Bridgewater Economic Letters',
    section: 'Economy > Economy Notes',
    copyright: 'Bridgewater Economic Letters',
    body: [
      'The spring harvest figures arrived late this year, and the way they were reported says as much about the newsrooms as about the fields.[^1]',
      "The Plains Gazette led with a record wheat yield, quoting the agriculture board's estimate without comment.[^2] Two days later the same paper reported that the estimate had been revised down by a fifth.",
      'The Coastal Observer waited for the revised figure and was, for once, rewarded for being slow.',
      // A note no marker points at is kept as a numbered paragraph rather than lost.
      '3\\. All yields are given in tonnes per hectare.',
      [
        '[^1]: The board publishes a first estimate in May and a revised estimate in June.',
        '[^2]: The first estimate assumed rainfall that did not come in April; the revision used the measured figure.',
      ].join('\n'),
    ].join('\n\n'),
    references: withCsl([
      {
        raw: 'Tomas Berg, "Record wheat yield forecast", Plains Gazette, 30 May 2005',
        title: 'Record wheat yield forecast',
        authors: ['Tomas Berg'],
        container: 'Plains Gazette',
        issued: '2005-05-30',
      },
      {
        raw: '"Harvest estimate cut by a fifth", Plains Gazette, 1 June 2005',
        title: 'Harvest estimate cut by a fifth',
        container: 'Plains Gazette',
        issued: '2005-06-01',
      },
      {
        raw: '"Board revises harvest figures", the Coastal Observer, 2 June 2005',
        title: 'Board revises harvest figures',
        container: 'Coastal Observer',
        issued: '2005-06-02',
      },
    ]),
    tags: [],
  });
});

test('no reference list, no stamp, a subtitle, a "By" byline and Markdown characters shown as printed', async () => {
  const draft = importPageText(await testPage('culture-review-5.txt'), 'culture-review-5.txt');
  assert.deepEqual(draft, {
    title: 'Small stages, long queues',
    subtitle: 'A season of fringe theatre in three cities',
    series: 'Culture Review',
    issue: '5',
    publishedAt: '2006-10-19',
    authors: [{ name: 'Tomasz Wiśniewski' }],
    site: 'Lantern Arts Weekly',
    // The last crumb repeats the title, so it is not part of the section.
    section: 'Culture > Culture Review',
    copyright: 'Lantern Arts Weekly',
    body: [
      'Three cities ran fringe festivals within a month of each other this autumn, and each one sold out its smallest rooms first.',
      'Critics in Kraków wrote about the \\*new\\* writing; critics in Leeds wrote about the queues; critics in Lyon wrote almost nothing at all until the final week.',
      'The festival with the fewest reviews sold the most tickets per seat, which suggests that word of mouth still outruns the press \\<at least for shows under an hour>.',
    ].join('\n\n'),
    references: [],
    tags: [],
  });
});

test('paragraphs without blank lines, a "No." series line, an "&" byline and a numbered References section', async () => {
  const draft = importPageText(await testPage('weekly-digest-140.txt'), 'weekly-digest-140.txt');
  assert.deepEqual(draft, {
    title: 'Election night on three channels',
    series: 'Weekly Digest',
    issue: '140',
    publishedAt: '2005-01-12',
    updatedAt: '2005-01-12T18:40',
    updatedAtRaw: 'Updated: 12/01/2005 18:40',
    authors: [
      { name: 'Ngozi Adébáyọ̀', affiliation: 'Lagos Media Institute' },
      { name: 'Pierre-Yves Le Gall', affiliation: 'Université de Rennes 2' },
    ],
    site: 'Atlas Media Observatory',
    section: 'Digests > Weekly Digest',
    copyright: 'Atlas Media Observatory',
    body: [
      'Three broadcasters covered the same election night, and each chose a different moment to call the result; this digest compares when, and on what evidence, they did it.',
      "The first channel called the result at nine o'clock on the strength of an exit poll alone, and spent the next three hours explaining the margin of error to its viewers.",
      'The second waited for the first counted districts, and the third waited for the electoral commission, calling the result only after midnight.',
      'None of them was wrong, but only the third could say why it was right.',
    ].join('\n\n'),
    references: withCsl([
      {
        raw: 'Chidi Okafor, "Exit poll puts incumbent ahead", Sahel Broadcasting, 9 January 2005',
        title: 'Exit poll puts incumbent ahead',
        authors: ['Chidi Okafor'],
        container: 'Sahel Broadcasting',
        issued: '2005-01-09',
      },
      {
        raw: '"Commission confirms result after midnight count", Harmattan Herald, 10 January 2005',
        title: 'Commission confirms result after midnight count',
        container: 'Harmattan Herald',
        issued: '2005-01-10',
      },
    ]),
    tags: [],
  });
});

test('without a series line the title is the line above the byline, and "-" bullets are the reference list', async () => {
  const draft = importPageText(await testPage('forum-notes-3.txt'), 'forum-notes-3.txt');
  assert.deepEqual(draft, {
    title: 'Snow budgets and the city council',
    updatedAt: '2006-11-08',
    updatedAtRaw: 'Last updated on 8 November 2006',
    authors: [{ name: 'Kenji Mori', affiliation: 'Hokkaido Policy Lab' }],
    site: 'Hokkaido Policy Lab',
    section: 'Forum > Notes',
    copyright: 'Hokkaido Policy Lab',
    body: [
      'Every winter the city council sets a budget for clearing snow, and every winter the local papers report whether it has run out.',
      'This year the Sapporo Evening Star reported on 2 November that the budget was already a third spent, a figure the council disputed the next day.',
    ].join('\n\n'),
    references: withCsl([
      {
        raw: 'Aya Kobayashi, "Snow budget a third gone before winter", Sapporo Evening Star, 2 November 2006',
        title: 'Snow budget a third gone before winter',
        authors: ['Aya Kobayashi'],
        container: 'Sapporo Evening Star',
        issued: '2006-11-02',
      },
      {
        raw: '"Council disputes snow spending figure", Hokkaido Daily Record, 3 November 2006',
        title: 'Council disputes snow spending figure',
        container: 'Hokkaido Daily Record',
        issued: '2006-11-03',
      },
    ]),
    tags: [],
  });
});

test('hard-wrapped paragraphs are joined, superscript notes become footnotes, and the stamp may follow the series line', async () => {
  const draft = importPageText(await testPage('media-watch-9.txt'), 'media-watch-9.txt');
  assert.deepEqual(draft, {
    title: 'Weather warnings, headlines and the cost of alarm',
    series: 'Media Watch',
    issue: '9',
    publishedAt: '2007-04-03',
    updatedAt: '2007-04-05T10:15',
    updatedAtRaw: 'Last Updated: 10:15 05/04/2007',
    authors: [{ name: 'Hélène Dubois-Marchand', affiliation: "Institut d'Études Médiatiques" }],
    site: 'Observatoire des Médias Européens',
    section: 'Analyses > Media Watch',
    copyright: 'Observatoire des Médias Européens',
    body: [
      'When the storm warnings came on the first weekend of spring, the tone of the coverage changed from one edition to the next. The Friday papers spoke of a "significant risk"; by Saturday morning the same papers promised the storm of the decade.[^1]',
      'The storm, when it came, was ordinary. The papers that had promised the most spent the following week explaining the forecasts rather than the damage.[^2]',
      [
        '[^1]: The national weather office issued an amber warning on Friday and did not raise it.',
        '[^2]: See the corrections column of the Rhône Messenger, 2 April 2007.',
      ].join('\n'),
    ].join('\n\n'),
    references: withCsl([
      {
        raw: 'Marta Kowalczyk, "Storm of the decade on its way", Rhône Messenger, 31 March 2007',
        title: 'Storm of the decade on its way',
        authors: ['Marta Kowalczyk'],
        container: 'Rhône Messenger',
        issued: '2007-03-31',
      },
      {
        raw: '"Amber warning for the weekend", Alpine Weather Bulletin, 30 March 2007',
        title: 'Amber warning for the weekend',
        container: 'Alpine Weather Bulletin',
        issued: '2007-03-30',
      },
    ]),
    tags: [],
  });
});

test('every page of the family is recognised as page text', async () => {
  assert.equal(looksLikePageText(await readFile(fixture, 'utf8')), true);
  for (const name of [
    'tech-review-12.txt',
    'asia-letter-7.txt',
    'economy-notes-21.txt',
    'culture-review-5.txt',
    'weekly-digest-140.txt',
    'forum-notes-3.txt',
    'media-watch-9.txt',
  ]) {
    assert.equal(looksLikePageText(await testPage(name)), true, name);
  }
});

test('a bulleted reference list alone is enough to recognise page text', () => {
  const text = [
    'Some title',
    '',
    'A paragraph of the article.',
    '',
    '• "First headline", Example Wire, 2 May 2004',
    '• Jo Bloggs, "Second headline", the Daily Example, 3 May 2004',
  ].join('\n');
  assert.equal(looksLikePageText(text), true);
});

test('Markdown with front matter or "#" headings, and plain prose, are not page text', () => {
  assert.equal(
    looksLikePageText('---\ntitle: Talks\nseries: Weekly Review\n---\nWeekly Review #63: September 2, 2002\n'),
    false,
  );
  assert.equal(looksLikePageText('# Talks resume\n\nWeekly Review #63: September 2, 2002\n\nBody.'), false);
  assert.equal(
    looksLikePageText('## Notes\n\n• "First headline", Example Wire, 2 May 2004\n• "Second", Wire, 3 May 2004'),
    false,
  );
  assert.equal(looksLikePageText('Just a few lines of notes.\nNothing else here.\n'), false);
  assert.equal(looksLikePageText(''), false);
});

test('an empty or blank file is refused with one line naming it', () => {
  for (const text of ['', '  \n\n\t\n']) {
    assert.throws(
      () => importPageText(text, 'empty.txt'),
      (error: unknown) =>
        error instanceof OffprintError &&
        error.message === 'Cannot import "empty.txt": it is empty (save the page\'s text again).',
    );
  }
});

test('a file with NUL bytes is refused as not text', () => {
  assert.throws(
    () => importPageText('Weekly Review #1: May 2, 2002\u0000\u0000', 'binary.txt'),
    (error: unknown) =>
      error instanceof OffprintError && /^Cannot import "binary\.txt": it is not a text file/.test(error.message),
  );
});

test('text with no recognisable title is refused with one line that says what to do', () => {
  const texts = [
    'just some words\nand some more words\n',
    'Weekly Review #63: September 2, 2002\n\n\n',
    'Some Site\nHome > Reviews\n\nThis paragraph has no title and no byline above it, so there is nothing to call the title here.\n',
  ];
  for (const text of texts) {
    assert.throws(
      () => importPageText(text, 'untitled.txt'),
      (error: unknown) =>
        error instanceof OffprintError &&
        error.message.startsWith('Cannot import "untitled.txt": no title found') &&
        !error.message.includes('\n'),
    );
  }
});

test('a title with nothing under it is refused as having no article text', () => {
  assert.throws(
    () => importPageText('Weekly Review #63: September 2, 2002\n\nA title\n\nJohn de Boer (GLOCOM)\n', 'short.txt'),
    (error: unknown) =>
      error instanceof OffprintError && error.message.startsWith('Cannot import "short.txt": no article text found'),
  );
});

test('bulleted lines inside the article stay in the body as a Markdown list', () => {
  const draft = importPageText(
    [
      'Review Site',
      'Digest #2: 4 May 2004',
      'A short list',
      'Mika Saari (Oulu Media Lab)',
      'Three outlets covered the story:',
      '• the morning papers',
      '• the evening news',
      'Each told it differently, as the notes below show.',
      '',
      '• "Story one", Example Wire, 2 May 2004',
    ].join('\n'),
    'digest-2.txt',
  );
  assert.equal(
    draft.body,
    'Three outlets covered the story:\n\n- the morning papers\n- the evening news\n\nEach told it differently, as the notes below show.',
  );
  assert.equal(draft.references.length, 1);
});
