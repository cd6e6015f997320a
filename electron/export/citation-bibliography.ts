import { createHash } from 'node:crypto';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { messageOf } from '../common/messages.ts';
import type { CitationStyle } from '../model/export-file.ts';
import type { CitationItem } from './citation-items.ts';
import { checkCslStyle, styleError } from './citation-style-check.ts';

/** Which style a bibliography is written in: one Offprint ships, or the XML of a reader's own CSL style. */
export interface BibliographyStyle {
  style?: CitationStyle;
  styleXml?: string;
}

/** The items as a plain-text bibliography, one entry per paragraph, in the chosen style (APA when none is chosen). */
export function formatBibliography(items: CitationItem[], options: BibliographyStyle = {}): string {
  const style = options.styleXml === undefined ? (options.style ?? 'apa') : registerStyle(options.styleXml);
  let entries: [string, string][];
  try {
    entries = new Cite(items).format('bibliography', { style, format: 'text', lang: 'en-US', asEntryArray: true });
  } catch (error) {
    if (options.styleXml === undefined) throw error;
    plugins.config.get('@csl').styles.remove(style);
    throw styleError(messageOf(error));
  }
  return entries.map(([, entry]) => `${entry.trim()}\n`).join('\n');
}

/** Registers a reader's CSL style under a name made from its text, so the same file reuses its engine. */
function registerStyle(xml: string): string {
  const name = `offprint-style-${createHash('sha256').update(xml).digest('hex').slice(0, 16)}`;
  const styles = plugins.config.get('@csl').styles;
  if (styles.has(name)) return name;
  checkCslStyle(xml);
  styles.add(name, xml);
  return name;
}
