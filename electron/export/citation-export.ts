import type { ExportFile } from '../model/export-file.ts';
import { OffprintError } from '../model/offprint-error.ts';
import type { Review } from '../model/review.ts';
import { type BibliographyStyle, formatBibliography } from './citation-bibliography.ts';
import { formatBibtex } from './citation-bibtex.ts';
import { type CitationItem, toCitationItems } from './citation-items.ts';
import { formatRis } from './citation-ris.ts';

/** The export formats that carry references. */
export type CitationFormat = 'csl-json' | 'bibtex' | 'ris' | 'bibliography';

const writers: Record<CitationFormat, (items: CitationItem[], options: BibliographyStyle) => ExportFile> = {
  'csl-json': (items) => ({
    name: 'references.json',
    mediaType: 'application/vnd.citationstyles.csl+json',
    text: `${JSON.stringify(items, null, 2)}\n`,
  }),
  bibtex: (items) => ({
    name: 'references.bib',
    mediaType: 'application/x-bibtex',
    text: `${formatBibtex(items).trim()}\n`,
  }),
  ris: (items) => ({
    name: 'references.ris',
    mediaType: 'application/x-research-info-systems',
    text: formatRis(items),
  }),
  bibliography: (items, options) => ({
    name: 'bibliography.txt',
    mediaType: 'text/plain',
    text: formatBibliography(items, options),
  }),
};

/** Each review and then its references as one file of CSL-JSON, BibTeX, RIS or a formatted bibliography. */
export function exportCitations(
  reviews: Review[],
  format: CitationFormat,
  options: BibliographyStyle = {},
): ExportFile {
  const write = Object.hasOwn(writers, format) ? writers[format] : undefined;
  if (!write) {
    throw new OffprintError(
      'invalid-input',
      `Cannot export references as "${format}": choose csl-json, bibtex, ris or bibliography`,
    );
  }
  return write(toCitationItems(reviews), options);
}
