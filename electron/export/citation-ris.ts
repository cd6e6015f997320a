import { plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import type { CitationItem } from './citation-items.ts';

type RisRecord = Record<string, string | number | (string | number)[]>;

/**
 * The items as RIS. citation-js maps the fields; the lines are written here because its writer breaks every value
 * after 70 characters (mid-word, which RIS readers take as a broken tag) and cuts `ID` to 20 characters (so every
 * item of a review would share one id).
 */
export function formatRis(items: CitationItem[]): string {
  const records = plugins.output.format('ris', items.map(withReporters), { format: 'object' });
  return records
    .map((record, index) => {
      const item = items[index];
      return risRecord({ ...record, ID: item?.id ?? '', ...newsDate(record, item) });
    })
    .join('');
}

/**
 * citation-js writes a NEWS record's `AU` from the CSL `reporter` (a plain string) and drops `author`, so a newspaper
 * item's authors are given as reporters, in the form citation-js writes authors for other types.
 */
function withReporters(item: CitationItem): CitationItem {
  if (item.type !== 'article-newspaper' || !item.author || item.reporter) return item;
  const [asArticle] = plugins.output.format('ris', [{ id: item.id, type: 'article', author: item.author }], {
    format: 'object',
  });
  return asArticle?.AU === undefined ? item : { ...item, reporter: asArticle.AU };
}

/** citation-js writes only the year (`PY`) of a NEWS record; the RIS spec's `DA` keeps the day a news item needs. */
function newsDate(record: RisRecord, item: CitationItem | undefined): { DA?: string } {
  if (record.TY !== 'NEWS' || record.DA !== undefined) return {};
  const parts = (item?.issued as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0];
  return parts && parts.length > 0 ? { DA: `${parts.join('/')}/` } : {};
}

function risRecord(record: RisRecord): string {
  const { TY, ...tags } = record;
  const lines = [`TY  - ${TY}`];
  for (const [tag, values] of Object.entries(tags)) {
    for (const value of [values].flat()) lines.push(`${tag}  - ${risValue(tag, String(value))}`);
  }
  lines.push('ER  - ');
  return `${lines.join('\n')}\n`;
}

/** One line per tag, and dates as the RIS spec writes them (`2002/09/02/`, where citation-js writes `2002/9/2/`). */
function risValue(tag: string, value: string): string {
  const line = value.replace(/\s+/g, ' ').trim();
  if (tag !== 'DA') return line;
  return line.replace(/^(\d{4})\/(\d{0,2})\/(\d{0,2})\/?/, (_date, year: string, month: string, day: string) => {
    const pad = (part: string) => (part ? part.padStart(2, '0') : '');
    return `${year}/${pad(month)}/${pad(day)}/`;
  });
}
