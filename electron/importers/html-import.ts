import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { OffprintError } from '../model/offprint-error.ts';
import { decodeText, InvalidTextError } from './charset.ts';
import { parseByline, removeBylineLine } from './html-byline.ts';
import { type RemoteFetcher, saveArticleImages } from './html-images.ts';
import { checkHtmlBytes } from './html-input-check.ts';
import { readPageMetadata, toIsoDate, webAddress } from './html-metadata.ts';
import { takeReferenceList } from './html-references.ts';
import { convertToMarkdown } from './html-to-markdown.ts';
import type { ImportedAsset, ReviewDraft } from './review-draft.ts';

/** A saved web page or a downloaded one, with what the importer may use to keep its images. */
export interface HtmlImportInput {
  bytes: Uint8Array;
  fileName: string;
  /** The address the page came from; relative links and images resolve against it. */
  sourceUrl?: string;
  /** The HTTP Content-Type the page came with, for its charset. */
  contentType?: string;
  /** The page's `_files` folder, saved beside it by the browser. */
  localFilesDir?: string;
  fetchRemote?: RemoteFetcher;
}

/** The review draft, the images saved for it, and one line for each image that was not. */
export interface HtmlImportResult {
  draft: ReviewDraft;
  assets: ImportedAsset[];
  dropped: string[];
}

/** Extracts the article of a web page with Readability and turns it into a review draft with Markdown and images. */
export async function importHtml(input: HtmlImportInput): Promise<HtmlImportResult> {
  const { bytes, fileName } = input;
  const label = `Cannot import "${fileName}"`;
  const noArticle = () =>
    new OffprintError(
      'invalid-input',
      `${label}: no article text could be found in it (open it in a browser to check it holds the article)`,
    );
  checkHtmlBytes(bytes, fileName);
  const html = decodePage(input, label);

  // A saved file gets a stand-in address, so its relative addresses can be told apart as files beside it.
  const standIn = `https://offprint.invalid/${encodeURIComponent(path.basename(fileName))}`;
  const sourceUrl = webAddress(input.sourceUrl, standIn);
  // Loaded here, not at the top: jsdom takes most of a second to load, and most sessions import no page.
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const dom = new JSDOM(html, { url: sourceUrl ?? standIn, virtualConsole: new VirtualConsole() });
  try {
    const document = dom.window.document;
    // A saved file's relative addresses point at files beside it, whatever <base> the page once had.
    if (!sourceUrl) for (const base of document.querySelectorAll('base')) base.remove();
    const metadata = readPageMetadata(document);
    const article = new Readability<Element>(document, { serializer: (node) => node as Element }).parse();
    const content = article?.content;
    if (!article || !content || !(article.textContent ?? '').trim()) {
      throw noArticle();
    }

    removeBylineLine(content, article.byline);
    const references = takeReferenceList(content);
    const images = await saveArticleImages(content, input);
    const body = convertToMarkdown(content);
    if (!body) throw noArticle();

    const draft: ReviewDraft = {
      title: readTitle(article.title, content, fileName),
      authors: parseByline(article.byline),
      body,
      references,
      tags: [],
    };
    const site = article.siteName?.replace(/\s+/g, ' ').trim();
    if (site) draft.site = site;
    const publishedAt = (article.publishedTime ? toIsoDate(article.publishedTime) : undefined) ?? metadata.publishedAt;
    if (publishedAt) draft.publishedAt = publishedAt;
    const language = article.lang?.trim() || metadata.language;
    if (language) draft.language = language;
    const address = sourceUrl ?? metadata.canonicalUrl;
    if (address) draft.sourceUrl = address;
    return { draft, assets: images.assets, dropped: images.dropped };
  } finally {
    dom.window.close();
  }
}

function decodePage(input: HtmlImportInput, label: string): string {
  try {
    return decodeText(input.bytes, input.contentType);
  } catch (error) {
    if (error instanceof InvalidTextError) throw new OffprintError('invalid-input', `${label}: ${error.reason}`);
    throw error;
  }
}

function readTitle(title: string | null | undefined, content: Element, fileName: string): string {
  const candidates = [title, content.querySelector('h1')?.textContent, path.parse(path.basename(fileName)).name];
  for (const candidate of candidates) {
    const cleaned = candidate?.replace(/\s+/g, ' ').trim();
    if (cleaned) return cleaned;
  }
  return fileName;
}
