import { parseDate } from '../references/reference-parser.ts';

/** The line of a saved page that says when it was last updated. */
export const stamp = /\b(?:last\s+updated|last\s+modified|updated)\b(?:\s+on\b)?\s*:?\s*\S*\d.*$/i;
const crumbSeparator = /\s+[>»›]\s+/;
/** A navigation link a saved page repeats as a line of its own (`Back to top`, `Print this page`). */
export const navPhrase =
  /^(?:back to top|top of page|page top|return to top|print(?: this (?:page|article))?|e-?mail this (?:page|article)|share(?: this (?:page|article))?|next|previous|summary page|search with google)$/i;

/** `Last Updated: 14:57 03/09/2007` → `2007-09-03T14:57`; numeric dates are read day first, as the family prints them. */
export function readStamp(raw: string): string | undefined {
  const value = raw.replace(/^[^:]*?(?:updated|modified)\s*(?:on)?\s*:?\s*/i, '');
  const time = value.match(/\b(\d{1,2}):(\d{2})\b/);
  const withoutTime = time ? value.replace(time[0], ' ').trim() : value;
  const numeric = withoutTime.match(/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/);
  let date: string | undefined;
  if (numeric) {
    const [first, second, year] = [Number(numeric[1]), Number(numeric[2]), numeric[3]];
    const [day, month] = second > 12 ? [second, first] : [first, second];
    date = parseDate(`${year}-${pad(month)}-${pad(day)}`);
  } else {
    date = parseDate(withoutTime.replace(/^(?:at|on)\s+|\s+(?:at|on)$/gi, '').trim());
  }
  if (!date) return undefined;
  return time ? `${date}T${pad(Number(time[1]))}:${time[2]}` : date;
}

/** The site's name: the first line of the header, unless it is navigation or a stamp. */
export function readSite(header: string[]): string | undefined {
  const first = header.find((line) => line.trim())?.trim();
  if (!first || first.length > 80 || isHeaderLine(first)) return undefined;
  return first;
}

/** The section from a breadcrumb line (`Home > Media Reviews > Weekly Review`), without Home and the title. */
export function readSection(header: string[], title: string): string | undefined {
  const line = header.find((candidate) => crumbSeparator.test(candidate));
  if (!line) return undefined;
  const crumbs = line
    .replace(stamp, '')
    .split(crumbSeparator)
    .map((crumb) => crumb.trim())
    .filter(Boolean);
  if (/^home$/i.test(crumbs[0] ?? '')) crumbs.shift();
  if (crumbs.at(-1) === title) crumbs.pop();
  return crumbs.length > 0 ? crumbs.join(' > ') : undefined;
}

/** The holder named on a copyright line, without the sign, the years and "All rights reserved". */
export function readCopyright(line: string): string | undefined {
  const holder = line
    .trim()
    .replace(/^(?:copyright|©|\(c\)|\d{4}(?:\s*[-–]\s*\d{4})?|[\s,.:])+/i, '')
    .replace(/[\s.]*all rights reserved\.?$/i, '')
    .replace(/,?\s+\d{4}(?:\s*[-–]\s*\d{4})?$/, '')
    .replace(/\.$/, '')
    .trim();
  return holder || undefined;
}

/** Whether a line belongs to the page's header: a breadcrumb, an update stamp or navigation. */
export function isHeaderLine(line: string): boolean {
  return crumbSeparator.test(line) || stamp.test(line) || isNavLine(line.trim());
}

/** Whether a line is navigation: a known link phrase, or three or more short items separated by `|`. */
export function isNavLine(line: string): boolean {
  if (navPhrase.test(line)) return true;
  const items = line.split(/\s+\|\s+/);
  return items.length >= 3 && items.every((item) => wordCount(item) <= 3);
}

/** How many words a text has. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
