import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { CitationItem } from './citation-items.ts';

/**
 * The items as BibTeX, written by citation-js with UTF-8 kept as it is, a citation key unique within the file, and
 * the month as a number without the day (`month = {sep 2}` is what citation-js writes, and no BibTeX reads it).
 */
export function formatBibtex(items: CitationItem[]): string {
  const prepared = items.map(withoutDay);
  const config = plugins.config.get('@bibtex');
  const asciiOnly = config.format.asciiOnly;
  // The default drops every character it has no TeX command for, so names and titles in CJK would vanish.
  config.format.asciiOnly = false;
  try {
    const keys = uniqueKeys(plugins.output.format('bibtex', prepared, { format: 'object' }).map((e) => e.label));
    return new Cite(prepared.map((item, index) => ({ ...item, 'citation-key': keys[index] }))).format('bibtex');
  } finally {
    config.format.asciiOnly = asciiOnly;
  }
}

/** Keeps the first of each label and gives the later ones a letter (`Lies2002Japan`, `Lies2002Japanb`, …). */
function uniqueKeys(labels: string[]): string[] {
  const taken = new Set(labels);
  const used = new Set<string>();
  return labels.map((label) => {
    let key = label;
    for (let n = 2; used.has(key); n++) {
      const candidate = label + (n <= 26 ? String.fromCharCode(96 + n) : String(n));
      if (!taken.has(candidate)) key = candidate;
    }
    used.add(key);
    return key;
  });
}

function withoutDay(item: CitationItem): CitationItem {
  const issued = item.issued as { 'date-parts'?: unknown[][] } | undefined;
  const parts = issued?.['date-parts']?.[0];
  if (!parts || parts.length < 3) return item;
  return { ...item, issued: { 'date-parts': [parts.slice(0, 2)] } };
}
