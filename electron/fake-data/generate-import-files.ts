import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Review } from '../model/review.ts';
import { generateReviews } from './fake-review.ts';

/** What was written: the file names in the order a folder import takes them, and how many bytes. */
export interface GeneratedImportFiles {
  names: string[];
  bytes: number;
}

/** A 1×1 PNG, the image every generated saved page shows from its `_files` folder. */
export const pixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const months = 'January February March April May June July August September October November December'.split(' ');

/**
 * Writes `count` files a reader could import into `dir`, each about 10 KB, the same ones for the same seed: Markdown
 * reviews and page-text copies in turn, and `htmlPages` of them as saved HTML pages with a `_files` image folder.
 */
export async function writeImportFiles(
  dir: string,
  count: number,
  options: { seed?: number; htmlPages?: number } = {},
): Promise<GeneratedImportFiles> {
  await mkdir(dir, { recursive: true });
  const htmlEvery = options.htmlPages ? Math.max(1, Math.floor(count / options.htmlPages)) : 0;
  const written: GeneratedImportFiles = { names: [], bytes: 0 };
  for (const { index, review } of generateReviews(options.seed ?? 1, count)) {
    const stem = `review-${String(index + 1).padStart(5, '0')}`;
    const kind = htmlEvery && index % htmlEvery === htmlEvery - 1 ? 'html' : index % 2 === 0 ? 'md' : 'txt';
    const text = kind === 'html' ? savedPage(review, stem) : kind === 'md' ? markdownFile(review) : pageText(review);
    if (kind === 'html') {
      await mkdir(path.join(dir, `${stem}_files`), { recursive: true });
      await writeFile(path.join(dir, `${stem}_files`, 'photo.png'), pixelPng);
    }
    await writeFile(path.join(dir, `${stem}.${kind}`), text);
    written.names.push(`${stem}.${kind}`);
    written.bytes += Buffer.byteLength(text);
  }
  return written;
}

/** A Markdown review with YAML front matter and a "References" section. */
function markdownFile(review: Review): string {
  const authors = review.authors.map(
    (a) => `  - ${JSON.stringify(a.affiliation ? `${a.name} (${a.affiliation})` : a.name)}`,
  );
  return [
    '---',
    `title: ${JSON.stringify(review.title)}`,
    `series: ${JSON.stringify(review.series)}`,
    `issue: ${review.issue}`,
    `date: ${review.publishedAt}`,
    'authors:',
    ...authors,
    '---',
    '',
    review.body,
    '',
    '## References',
    '',
    ...review.references.map((reference) => `- ${reference.raw}`),
    '',
  ].join('\n');
}

/** The review as a browser saves a whole page as text: site lines, breadcrumb, series line, byline, bullets. */
function pageText(review: Review): string {
  const [year, month, day] = (review.publishedAt ?? '2002-09-02').split('-').map(Number);
  const printed = `${months[(month ?? 1) - 1]} ${day}, ${year}`;
  const bylines = review.authors.map((a) => (a.affiliation ? `${a.name} (${a.affiliation})` : a.name));
  return [
    review.site ?? 'The Review Platform',
    'Home Reviews Books Search',
    `Home > Reviews > ${review.series} Last Updated: 09:30 0${((day ?? 1) % 9) + 1}/0${month ?? 1}/2007`,
    `${review.series} #${review.issue}: ${printed}`,
    '',
    review.title,
    '',
    bylines.join(' and '),
    '',
    ...plainParagraphs(review.body).flatMap((paragraph) => [paragraph, '']),
    '',
    ...review.references.map((reference) => `  • ${reference.raw}`),
    `Copyright © ${review.site ?? 'The Review Platform'}`,
    '',
  ].join('\n');
}

/** The review as a saved HTML page whose picture sits in its `_files` folder. */
function savedPage(review: Review, stem: string): string {
  const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = plainParagraphs(review.body).map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`);
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(review.title)}</title></head><body><article>`,
    `<h1>${escapeHtml(review.title)}</h1>`,
    `<p class="byline">By ${escapeHtml(review.authors[0]?.name ?? 'Staff')}</p>`,
    paragraphs[0] ?? '',
    `<figure><img src="${stem}_files/photo.png" alt="The harbour at dawn"><figcaption>The harbour</figcaption></figure>`,
    ...paragraphs.slice(1),
    '</article></body></html>',
  ].join('\n');
}

function plainParagraphs(body: string): string[] {
  return body
    .split('\n\n')
    .filter((block) => !/^(?:#|>|- )/.test(block))
    .map((block) => block.replace(/ \[\d+\]$/, '').replace(/_/g, ''));
}
