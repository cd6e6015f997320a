import { parseDate } from '../references/reference-parser.ts';

/** What a page says about itself outside the article text, read before Readability rearranges the document. */
export interface PageMetadata {
  canonicalUrl?: string;
  publishedAt?: string;
  language?: string;
}

const dateSelectors = [
  'meta[property="article:published_time" i]',
  'meta[name="article:published_time" i]',
  'meta[itemprop="datePublished" i]',
  'meta[name="date" i]',
  'meta[name="dc.date" i]',
  'meta[name="dcterms.created" i]',
  'meta[name="dc.date.issued" i]',
];

/** Reads the canonical address, a publication date and a language from a page's head. */
export function readPageMetadata(document: Document): PageMetadata {
  const metadata: PageMetadata = {};
  const canonical =
    webAddress(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), document.baseURI) ??
    webAddress(metaContent(document, 'meta[property="og:url" i]'), document.baseURI);
  if (canonical) metadata.canonicalUrl = canonical;

  const dated = document.querySelector('time[pubdate][datetime], [itemprop="datePublished" i][datetime]');
  for (const raw of [
    ...dateSelectors.map((selector) => metaContent(document, selector)),
    dated?.getAttribute('datetime'),
  ]) {
    const date = raw ? toIsoDate(raw) : undefined;
    if (date) {
      metadata.publishedAt = date;
      break;
    }
  }

  const language =
    metaContent(document, 'meta[http-equiv="content-language" i]')?.split(',')[0] ??
    metaContent(document, 'meta[property="og:locale" i]')?.replace('_', '-');
  if (language && /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(language.trim())) metadata.language = language.trim();
  return metadata;
}

/** Reads a machine or printed date (`2019-04-28 06:01:07`, `2015-07-24T05:36:09+01:00`, `30 August 2002`) as YYYY-MM-DD. */
export function toIsoDate(raw: string): string | undefined {
  const value = raw.trim();
  // The date as the publisher wrote it, not shifted into another time zone.
  const leading = value.match(/^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/);
  if (leading) return validDate(Number(leading[1]), Number(leading[2]), Number(leading[3]));
  const printed = parseDate(value);
  if (printed) return printed;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString().slice(0, 10);
}

/** An absolute http(s) address for `href`, or undefined for anything else (including Offprint's stand-in address). */
export function webAddress(href: string | null | undefined, base: string): string | undefined {
  if (!href?.trim()) return undefined;
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.hostname === 'offprint.invalid') return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

function metaContent(document: Document, selector: string): string | undefined {
  const content = document.querySelector(selector)?.getAttribute('content')?.trim();
  return content ? content : undefined;
}

function validDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}
