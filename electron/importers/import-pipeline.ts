import { createHash } from 'node:crypto';
import { OffprintError } from '../model/offprint-error.ts';
import type { Review } from '../model/review.ts';
import { linkCitations } from '../references/citation-linker.ts';
import { toCslItem } from '../references/csl-item.ts';
import { decodeText, InvalidTextError } from './charset.ts';
import { binaryKindOf, type SourceFormat } from './import-kind.ts';
import { importMarkdown } from './markdown-import.ts';
import { importPageText, looksLikePageText } from './page-text-import.ts';
import type { ImportedAsset, ReviewDraft } from './review-draft.ts';

/** Fetches a remote image for a page, or answers null when it cannot be had. */
export type FetchRemote = (url: string) => Promise<{ bytes: Uint8Array; mediaType: string } | null>;

/** One source read into memory, ready for its importer. */
export interface ImportSource {
  /** The base name importers put in their messages and the review keeps as provenance. */
  fileName: string;
  format: SourceFormat;
  bytes: Uint8Array;
  /** The Content-Type a server sent with it, for its character set. */
  contentType?: string;
  /** The address it was fetched from (a URL import). */
  sourceUrl?: string;
  /** The `<page>_files` folder saved beside an HTML page, holding its images. */
  localFilesDir?: string;
}

/** A source turned into a review draft with its images, its provenance and what was left out. */
export interface PreparedImport {
  draft: ReviewDraft;
  assets: ImportedAsset[];
  provenance: Review['provenance'];
  contentHash: string;
  /** One line per thing not kept (an image not saved). */
  dropped: string[];
}

/** Runs a source through its importer, then structures its references and links the text to them. */
export async function prepareImport(
  source: ImportSource,
  options: { fetchRemote?: FetchRemote } = {},
): Promise<PreparedImport> {
  const refuse = (reason: string) =>
    new OffprintError('invalid-input', `Cannot import "${source.fileName}": ${reason}`);
  if (source.bytes.length === 0) throw refuse('it is empty.');
  if (source.format === 'html') {
    // Loaded on first use: jsdom takes most of a second to load, and most sessions import no page.
    const { importHtml } = await import('./html-import.ts');
    const { draft, assets, dropped } = await importHtml({
      bytes: source.bytes,
      fileName: source.fileName,
      ...(source.sourceUrl !== undefined && { sourceUrl: source.sourceUrl }),
      ...(source.contentType !== undefined && { contentType: source.contentType }),
      ...(source.localFilesDir !== undefined && { localFilesDir: source.localFilesDir }),
      ...(options.fetchRemote && { fetchRemote: options.fetchRemote }),
    });
    const provenance: Review['provenance'] =
      source.sourceUrl !== undefined
        ? { kind: 'url', url: source.sourceUrl }
        : { kind: 'html', fileName: source.fileName };
    return prepareDraft(draft, provenance, assets, dropped);
  }
  const utf16 = utf16Encoding(source.bytes);
  const binary = utf16 ? undefined : binaryKindOf(source.bytes);
  if (binary) throw refuse(`it is ${binary}, not a text file (save the article as .html, .md or .txt).`);
  const text = decodeSourceText(source, utf16, refuse);
  const pageText = source.format === 'text' && looksLikePageText(text);
  const draft = pageText ? importPageText(text, source.fileName) : importMarkdown(text, source.fileName);
  const kind = pageText ? 'page-text' : 'markdown';
  const provenance: Review['provenance'] =
    source.sourceUrl !== undefined ? { kind: 'url', url: source.sourceUrl } : { kind, fileName: source.fileName };
  return prepareDraft(draft, provenance);
}

/**
 * A draft made ready to store: each reference gets its CSL-JSON item, mentions in the body link to the references,
 * and the content hash (title and body as imported) tells a later re-import of the same content.
 */
export function prepareDraft(
  imported: ReviewDraft,
  provenance: Review['provenance'],
  assets: ImportedAsset[] = [],
  dropped: string[] = [],
): PreparedImport {
  const references = imported.references.map((reference) => ({ ...reference, csl: toCslItem(reference) }));
  const draft = { ...imported, references, body: linkCitations(imported.body, references) };
  const contentHash = createHash('sha256').update(draft.title).update('\n').update(draft.body).digest('hex');
  return { draft, assets, provenance, contentHash, dropped };
}

/** The review a prepared import becomes under `id`, its images linked as `assets/<id>/<name>`. */
export function toReview(prepared: PreparedImport, id: string, previousVersionId?: string): Review {
  const { draft, assets, provenance, contentHash } = prepared;
  const names = new Set(assets.map((asset) => asset.name));
  const body = draft.body.replace(/offprint-asset:([A-Za-z0-9._-]+)/g, (link, name: string) =>
    names.has(name) ? `assets/${id}/${name}` : link,
  );
  return {
    ...draft,
    body,
    id,
    importedAt: new Date().toISOString(),
    referenceCount: draft.references.length,
    contentHash,
    provenance,
    ...(previousVersionId !== undefined && { previousVersionId }),
  };
}

/** Text from a local file must be UTF-8 (or UTF-16 with its byte-order mark); a fetched one says its charset. */
function decodeSourceText(
  source: ImportSource,
  utf16: string | undefined,
  refuse: (reason: string) => OffprintError,
): string {
  try {
    if (source.contentType !== undefined) return decodeText(source.bytes, source.contentType);
    return new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(source.bytes);
  } catch (error) {
    if (error instanceof InvalidTextError) throw refuse(`${error.reason}.`);
    throw refuse('it is not UTF-8 text (save it again with the UTF-8 encoding).');
  }
}

function utf16Encoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}
