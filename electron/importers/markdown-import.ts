import { parse as parseYaml, YAMLParseError } from 'yaml';
import { OffprintError } from '../model/offprint-error.ts';
import type { Author } from '../model/review.ts';
import { parseDate, parseReference } from '../references/reference-parser.ts';
import type { ReviewDraft } from './review-draft.ts';

const frontMatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const referenceHeading = /^#{1,6}\s+(references|sources|bibliography|works cited)\s*#*\s*$/i;

/** Turns a Markdown file, with optional YAML front matter, into a review draft. */
export function importMarkdown(content: string, fileName = 'the Markdown text'): ReviewDraft {
  const label = `Cannot import "${fileName}"`;
  if (content.trim().length === 0) throw new OffprintError('invalid-input', `${label}: it is empty.`);
  if (content.includes('\u0000')) {
    throw new OffprintError('invalid-input', `${label}: it is not a text file (it contains NUL bytes).`);
  }

  const match = content.match(frontMatter);
  const fields = match ? readFrontMatter(match[1] ?? '', label) : {};
  let body = (match ? content.slice(match[0].length) : content).replace(/\r\n/g, '\n');

  let title = text(fields.title);
  if (!title) {
    const heading = body.match(/^\s*#\s+(.+?)\s*#*\s*$/m);
    if (heading && body.slice(0, heading.index).trim() === '') {
      title = heading[1];
      body = body.slice((heading.index ?? 0) + heading[0].length);
    }
  }
  if (!title) {
    throw new OffprintError(
      'invalid-input',
      `${label}: it has no title (add "title:" to its front matter or start it with a "# " heading).`,
    );
  }

  const listed = Array.isArray(fields.references) ? fields.references.map(String) : undefined;
  const split = listed ? { body, lines: listed } : splitReferenceSection(body);

  const draft: ReviewDraft = {
    title,
    authors: readAuthors(fields.authors ?? fields.author),
    body: split.body.trim(),
    references: split.lines.map(parseReference).filter((reference) => reference.raw.length > 0),
    tags: Array.isArray(fields.tags) ? fields.tags.map(String).filter(Boolean) : [],
  };
  assign(draft, 'subtitle', text(fields.subtitle));
  assign(draft, 'series', text(fields.series));
  assign(draft, 'issue', text(fields.issue));
  assign(draft, 'publishedAt', date(fields.date ?? fields.published));
  assign(draft, 'updatedAt', date(fields.updated));
  assign(draft, 'site', text(fields.site));
  assign(draft, 'sourceUrl', text(fields.source ?? fields.url));
  assign(draft, 'language', text(fields.language ?? fields.lang));
  return draft;
}

function readFrontMatter(source: string, label: string): Record<string, unknown> {
  try {
    const value: unknown = parseYaml(source);
    if (value === null || value === undefined) return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw new OffprintError('invalid-input', `${label}: its front matter must be a list of "field: value" lines.`);
    }
    return value as Record<string, unknown>;
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0].line;
      const where = line ? ` (line ${line + 1} of the file)` : '';
      throw new OffprintError(
        'invalid-input',
        `${label}: its front matter is not valid YAML${where}. Fix it or remove the front matter.`,
      );
    }
    throw error;
  }
}

/** Takes a trailing "References" section of list items out of the body. */
function splitReferenceSection(body: string): { body: string; lines: string[] } {
  const lines = body.split('\n');
  const start = lines.findIndex((line) => referenceHeading.test(line.trim()));
  if (start < 0) return { body, lines: [] };
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    if (/^#{1,6}\s/.test(lines[i] ?? '')) {
      end = i;
      break;
    }
  }
  const items = lines
    .slice(start + 1, end)
    .filter((line) => /^\s*(?:[-*+•]|\d+[.)])\s+/.test(line))
    .map((line) => line.replace(/^\s*(?:[-*+•]|\d+[.)])\s+/, '').trim());
  return { body: [...lines.slice(0, start), ...lines.slice(end)].join('\n'), lines: items };
}

function readAuthors(value: unknown): Author[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.flatMap((entry): Author[] => {
    if (typeof entry === 'string') {
      const byline = entry.trim().match(/^(.+?)\s*\((.+)\)$/);
      const name = (byline?.[1] ?? entry).trim();
      if (!name) return [];
      return byline?.[2] ? [{ name, affiliation: byline[2].trim() }] : [{ name }];
    }
    if (entry && typeof entry === 'object') {
      const name = text((entry as Record<string, unknown>).name);
      const affiliation = text((entry as Record<string, unknown>).affiliation);
      if (!name) return [];
      return affiliation ? [{ name, affiliation }] : [{ name }];
    }
    return [];
  });
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed : undefined;
}

function date(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const raw = text(value);
  return raw ? (parseDate(raw) ?? raw) : undefined;
}

function assign<K extends keyof ReviewDraft>(draft: ReviewDraft, key: K, value: ReviewDraft[K] | undefined): void {
  if (value !== undefined) draft[key] = value;
}
