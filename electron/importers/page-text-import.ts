import { OffprintError } from '../model/offprint-error.ts';
import type { Author, Reference } from '../model/review.ts';
import { parseByline } from '../references/byline-parser.ts';
import { toCslItem } from '../references/csl-item.ts';
import { attachFootnotes, type Endnote, readEndnotes } from '../references/endnotes.ts';
import { escapeMarkdownText } from '../references/markdown-text.ts';
import { parseDate, parseReference } from '../references/reference-parser.ts';
import {
  isHeaderLine,
  isNavLine,
  navPhrase,
  readCopyright,
  readSection,
  readSite,
  readStamp,
  stamp,
  wordCount,
} from './page-text-header.ts';
import type { ReviewDraft } from './review-draft.ts';

const seriesLine = /^(\S.{0,79}?)\s*(?:#\s*|No\.\s*|Issue\s+)(\d{1,5})\s*(?:[:,–—-]\s*|\s+)(.+)$/i;
const bullet = /^\s*[•·▪◦●‣*–-]\s+/;
const notesHeading = /^(?:end)?notes\s*:?$|^footnotes\s*:?$/i;
const referencesHeading = /^(?:references|sources|bibliography|works cited|further reading)\s*:?$/i;
const copyrightLine = /^(?:copyright\b|©|\(c\)\s)/i;

interface Block {
  text: string;
  item: boolean;
}

/** Turns a page saved as text from a browser (navigation, series line, title, byline, body, references) into a draft. */
export function importPageText(text: string, fileName: string): ReviewDraft {
  const label = `Cannot import "${fileName}"`;
  if (text.trim().length === 0)
    throw new OffprintError('invalid-input', `${label}: it is empty (save the page's text again).`);
  if (text.includes('\u0000'))
    throw new OffprintError('invalid-input', `${label}: it is not a text file (it contains NUL bytes).`);
  const lines = normalize(text);
  const top = readTop(lines);
  if (!top) {
    throw new OffprintError(
      'invalid-input',
      `${label}: no title found (a page text copy has a series line such as "Weekly Review #63: September 2, 2002" or a byline under the title; save the page as HTML instead).`,
    );
  }
  const { series, title, header, stamps, subtitle, authors, cursor } = top;

  const rest = cursor < 0 ? [] : lines.slice(cursor);
  const copyrightIndex = rest.findLastIndex((line) => copyrightLine.test(line.trim()));
  const footer = copyrightIndex < 0 ? [] : rest.slice(copyrightIndex);
  const article = splitSections(copyrightIndex < 0 ? rest : rest.slice(0, copyrightIndex));
  const { notes, loose } = readEndnotes(article.notes);
  const body = writeBody(readBlocks(article.body), notes, loose);
  if (!body)
    throw new OffprintError(
      'invalid-input',
      `${label}: no article text found under the title (check that the whole page was copied).`,
    );

  const draft: ReviewDraft = { title, authors, body, references: readReferences(article.references), tags: [] };
  const stampLine = [...header, ...stamps, ...footer].find((line) => stamp.test(line));
  const updatedAtRaw = stampLine?.match(stamp)?.[0].trim();
  assign(draft, 'subtitle', subtitle);
  assign(draft, 'series', series?.name);
  assign(draft, 'issue', series?.issue);
  assign(draft, 'publishedAt', series?.date);
  assign(draft, 'updatedAt', updatedAtRaw ? readStamp(updatedAtRaw) : undefined);
  assign(draft, 'updatedAtRaw', updatedAtRaw);
  assign(draft, 'site', readSite(header));
  assign(draft, 'section', readSection(header, title));
  assign(draft, 'copyright', footer[0] ? readCopyright(footer[0]) : undefined);
  return draft;
}

/** A quick sniff: true for a page text copy (a series line, an update stamp or a bulleted reference list), false for Markdown. */
export function looksLikePageText(text: string): boolean {
  const lines = normalize(text);
  if (/^---\s*$/.test(lines[0] ?? '') || lines.some((line) => /^#{1,6}\s+\S/.test(line))) return false;
  const top = lines.filter((line) => line.trim()).slice(0, 40);
  if (findSeries(top) || top.some((line) => stamp.test(line))) return true;
  return lines.filter((line) => bullet.test(line) && parseReference(line).title).length >= 2;
}

/** The title and what sits around it: series line, stamps, subtitle, bylines, and where the body starts. */
function readTop(lines: string[]) {
  const series = findSeries(lines);
  const stamps: string[] = [];
  let titleIndex = series ? nextFilled(lines, series.index + 1) : findTitleAboveByline(lines);
  while (series && titleIndex >= 0 && stamp.test(lines[titleIndex] ?? '')) {
    stamps.push(lines[titleIndex] ?? '');
    titleIndex = nextFilled(lines, titleIndex + 1);
  }
  const title = lines[titleIndex]?.trim() ?? '';
  if (titleIndex < 0 || !title || wordCount(title) > 30) return undefined;

  let cursor = nextFilled(lines, titleIndex + 1);
  const next = lines[cursor] ?? '';
  const hasSubtitle =
    !parseByline(next) && !isParagraph(next) && parseByline(lines[nextFilled(lines, cursor + 1)] ?? '');
  const subtitle = cursor >= 0 && hasSubtitle ? next.trim() : undefined;
  if (subtitle) cursor = nextFilled(lines, cursor + 1);
  const authors: Author[] = [];
  for (let line = lines[cursor] ?? ''; cursor >= 0; line = lines[cursor] ?? '') {
    const byline = parseByline(line);
    if (byline) authors.push(...byline);
    else if (stamp.test(line)) stamps.push(line);
    else break;
    cursor = nextFilled(lines, cursor + 1);
  }
  const header = lines.slice(0, series ? series.index : titleIndex);
  return { series, title, header, stamps, subtitle, authors, cursor };
}

function normalize(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .split('\n')
    .map((line) => line.trimEnd());
}

function findSeries(lines: string[]): { index: number; name: string; issue: string; date: string } | undefined {
  for (let index = 0; index < Math.min(lines.length, 60); index++) {
    const match = lines[index]?.trim().match(seriesLine);
    const date = match?.[3] ? parseDate(match[3]) : undefined;
    if (match?.[1] && match[2] && date) return { index, name: match[1].trim(), issue: match[2], date };
  }
  return undefined;
}

/** Without a series line, the title is the line above the byline that stands over the first paragraph. */
function findTitleAboveByline(lines: string[]): number {
  const first = lines.findIndex(isParagraph);
  if (first < 0) return -1;
  let index = nextFilled(lines, first - 1, -1);
  let bylines = 0;
  while (index >= 0 && parseByline(lines[index] ?? '')) {
    bylines++;
    index = nextFilled(lines, index - 1, -1);
  }
  const title = lines[index] ?? '';
  if (bylines === 0 || isHeaderLine(title)) return -1;
  return index;
}

function splitSections(lines: string[]): { body: string[]; notes: string[]; references: string[] } {
  const notesAt = lines.findIndex((line) => notesHeading.test(line.trim()));
  const referencesAt = lines.findIndex((line) => referencesHeading.test(line.trim()));
  let bulletsAt = referencesAt < 0 ? bulletRunBefore(lines, lines.length) : -1;
  if (bulletsAt < 0 && referencesAt < 0 && notesAt >= 0) bulletsAt = bulletRunBefore(lines, notesAt);
  const starts = [
    { kind: 'notes', at: notesAt, from: notesAt + 1 },
    { kind: 'references', at: referencesAt, from: referencesAt + 1 },
    { kind: 'references', at: bulletsAt, from: bulletsAt },
  ]
    .filter((section) => section.at >= 0)
    .sort((a, b) => a.at - b.at);
  const sections = {
    body: lines.slice(0, starts[0]?.at ?? lines.length),
    notes: [] as string[],
    references: [] as string[],
  };
  starts.forEach((section, index) => {
    const content = lines.slice(section.from, starts[index + 1]?.at ?? lines.length);
    sections[section.kind === 'notes' ? 'notes' : 'references'].push(...content);
  });
  return sections;
}

/** Where the run of bullet lines that ends just before `end` starts (blank lines may sit between), or -1. */
function bulletRunBefore(lines: string[], end: number): number {
  let start = -1;
  for (let index = end - 1; index >= 0; index--) {
    const line = lines[index] ?? '';
    if (bullet.test(line)) start = index;
    else if (line.trim() && !navPhrase.test(line.trim())) break;
  }
  return start;
}

function readBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let run: string[] = [];
  const flush = () => {
    // Hard-wrapped text (lines of 50–80 characters) is one paragraph; otherwise each line is one.
    const wrapped = run.length > 1 && run.slice(0, -1).every((line) => line.length >= 50 && line.length <= 80);
    blocks.push(...(wrapped ? [run.join(' ')] : run).map((text) => ({ text, item: false })));
    run = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line && !isNavLine(line) && !bullet.test(raw)) {
      run.push(line);
      continue;
    }
    flush();
    if (line && bullet.test(raw)) blocks.push({ text: line.replace(bullet, ''), item: true });
  }
  flush();
  return blocks;
}

function writeBody(blocks: Block[], notes: Endnote[], loose: string[]): string {
  const footnoted = attachFootnotes(
    blocks.map((block) => block.text),
    notes,
    escapeMarkdownText,
  );
  const parts = footnoted.paragraphs.map((text, index) => (blocks[index]?.item ? `- ${text}` : text));
  let body = '';
  parts.forEach((part, index) => {
    const joinsList = blocks[index]?.item && blocks[index - 1]?.item;
    body += index === 0 ? part : `${joinsList ? '\n' : '\n\n'}${part}`;
  });
  const extra = [...footnoted.unreferenced, ...loose.map(escapeMarkdownText)];
  if (body && extra.length > 0) body += `\n\n${extra.join('\n\n')}`;
  if (body && footnoted.definitions.length > 0) body += `\n\n${footnoted.definitions.join('\n')}`;
  return body;
}

function readReferences(lines: string[]): Reference[] {
  return lines
    .map((line) => line.trim())
    .filter((line) => line && !isNavLine(line))
    .map((line) => {
      const reference = parseReference(line);
      return { ...reference, csl: toCslItem(reference) };
    })
    .filter((reference) => reference.raw.length > 0);
}

function isParagraph(line: string): boolean {
  const text = line.trim();
  return wordCount(text) >= 12 || (text.length >= 60 && /[.!?]["”’)]?$/.test(text));
}

function nextFilled(lines: string[], from: number, step = 1): number {
  for (let index = from; index >= 0 && index < lines.length; index += step) if (lines[index]?.trim()) return index;
  return -1;
}

function assign<K extends keyof ReviewDraft>(draft: ReviewDraft, key: K, value: ReviewDraft[K] | undefined): void {
  if (value !== undefined && value !== '') draft[key] = value;
}
