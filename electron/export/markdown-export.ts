import { stringify } from 'yaml';
import type { ExportFile } from '../model/export-file.ts';
import type { Note } from '../model/note.ts';
import type { Reference, Review } from '../model/review.ts';
import { escapeMarkdownText } from '../references/markdown-text.ts';
import { fileNameFor } from './file-name.ts';

/**
 * A review as one Markdown file readable as is in Obsidian or any Markdown tool: YAML front matter, the title,
 * the body as stored, then the reader's note, the highlights (quote, comment, colour, tags) and the references.
 */
export function exportMarkdown(review: Review, notes: Note[]): ExportFile {
  const sections = [
    frontMatter(review),
    `# ${escapeMarkdownText(oneLine(review.title))}`,
    review.body.trim(),
    noteSection(notes),
    highlightSection(notes),
    referenceSection(review.references),
  ];
  const text = `${sections.filter((section) => section !== '').join('\n\n')}\n`;
  return { name: fileNameFor(review.title, '.md'), mediaType: 'text/markdown', text };
}

/** The metadata as YAML written for YAML 1.1 readers too, so "yes", "1.0" or "2002-09-02" stay text everywhere. */
function frontMatter(review: Review): string {
  const data = {
    title: review.title,
    subtitle: review.subtitle,
    series: review.series,
    issue: review.issue,
    published: review.publishedAt,
    updated: review.updatedAt,
    authors: review.authors.map(({ name, affiliation }) => (affiliation ? { name, affiliation } : { name })),
    site: review.site,
    source: review.sourceUrl,
    tags: review.tags,
    'offprint-id': review.id,
  };
  return `---\n${stringify(data, { version: '1.1', lineWidth: 0 })}---`;
}

function noteSection(notes: Note[]): string {
  const bodies = notes.filter((note) => note.kind !== 'highlight' && note.body.trim() !== '');
  if (bodies.length === 0) return '';
  return ['## Note', ...bodies.map((note) => note.body.trim())].join('\n\n');
}

function highlightSection(notes: Note[]): string {
  const highlights = notes
    .filter((note) => note.kind === 'highlight' && note.selector)
    .sort((a, b) => (a.selector?.position.start ?? 0) - (b.selector?.position.start ?? 0));
  if (highlights.length === 0) return '';
  return ['## Highlights', ...highlights.map(formatHighlight)].join('\n\n');
}

function formatHighlight(note: Note): string {
  const quote = escapeMarkdownText(note.selector?.quote.exact ?? '')
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');
  const details = [
    note.color ? `Colour: ${note.color}` : '',
    note.tags?.length ? `Tags: ${note.tags.map(escapeMarkdownText).join(', ')}` : '',
  ].filter((detail) => detail !== '');
  const parts = [quote, note.body.trim(), details.length > 0 ? `*${details.join(' · ')}*` : ''];
  return parts.filter((part) => part !== '').join('\n\n');
}

function referenceSection(references: Reference[]): string {
  if (references.length === 0) return '';
  const items = references.map((reference, index) => `${index + 1}. ${formatReference(reference)}`);
  return ['## References', items.join('\n')].join('\n\n');
}

/** The reference as printed; its URL becomes a link where the line shows it, or is added after it. */
function formatReference({ raw, url }: Reference): string {
  const line = oneLine(raw);
  if (!url || !/^https?:\/\/\S+$/i.test(url)) return escapeMarkdownText(line);
  const link = `[${escapeMarkdownText(url)}](<${url.replace(/[<>]/g, encodeURIComponent)}>)`;
  const at = line.indexOf(url);
  if (at === -1) return `${escapeMarkdownText(line)} ${link}`;
  return `${escapeMarkdownText(line.slice(0, at))}${link}${escapeMarkdownText(line.slice(at + url.length))}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
