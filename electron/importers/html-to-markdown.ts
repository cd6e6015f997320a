import { strikethrough, tables } from '@truto/turndown-plugin-gfm';
import TurndownService from 'turndown';

/** The prefix of an image address that points at an asset the importer saved. */
export const assetScheme = 'offprint-asset:';

const removedElements = new Set([
  'script',
  'style',
  'link',
  'meta',
  'template',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'svg',
  'video',
  'audio',
  'canvas',
  'source',
  'track',
  'map',
  'area',
  'dialog',
]);

const converter = createConverter();

/** Converts an article element to Markdown that holds no raw HTML, no script address and no remote resource. */
export function convertToMarkdown(article: Element): string {
  return converter
    .turndown(article as unknown as TurndownService.Node)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Escapes text so that Markdown shows it as written and never reads it as HTML or a script address. */
export function escapeText(text: string): string {
  return TurndownService.prototype
    .escape(text)
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/</g, '&lt;')
    .replace(/\b(javascript|vbscript)(\s*):/gi, '$1$2\\:')
    .replace(/\b(on\w+)(\s*)=/gi, '$1$2\\=');
}

function createConverter(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '_',
    hr: '---',
  });
  service.use([tables, strikethrough] as unknown as TurndownService.Plugin[]);
  service.escape = escapeText;
  service.remove((node) => removedElements.has(node.nodeName.toLowerCase()));
  service.addRule('safeLink', {
    filter: 'a',
    replacement: (content, node) => {
      const href = safeHref((node as Element).getAttribute('href'));
      if (!href || !content.trim()) return content;
      return `[${content}](${href})`;
    },
  });
  service.addRule('savedImage', {
    filter: 'img',
    replacement: (_content, node) => {
      const src = (node as Element).getAttribute('src') ?? '';
      if (!src.startsWith(assetScheme) || !/^[\w:.-]+$/.test(src)) return '';
      const alt = escapeText(((node as Element).getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim());
      return `![${alt}](${src})`;
    },
  });
  return service;
}

/** A link target to web pages or mail only; anchors, stand-in addresses and script or data addresses lose their link. */
function safeHref(href: string | null): string | undefined {
  if (!href) return undefined;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  const web = (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== 'offprint.invalid';
  if (!web && url.protocol !== 'mailto:') return undefined;
  return url.href
    .replace(/[()<>\s]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
    .replace(/(javascript|vbscript):/gi, '$1%3A');
}
