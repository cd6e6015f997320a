/**
 * The one sanitizer: every piece of Markdown the UI shows (review bodies, notes) becomes DOM only through here.
 * Imported text is hostile until it has passed DOMPurify; the result is a DocumentFragment, never an HTML string.
 * HTML pasted into a note passes the same DOMPurify configuration before it is turned into Markdown.
 */
import DOMPurify, { type Config } from 'dompurify';
import { Marked, type Token } from 'marked';
import markedFootnote from 'marked-footnote';

/** How to render: `headingOffset` pushes Markdown headings down (1 turns `#` into `<h2>`) under the page's own. */
export interface RenderOptions {
  headingOffset?: number;
}

/** Turns Markdown into sanitized DOM nodes for the caller to append. */
export type MarkdownRenderer = (markdown: string, options?: RenderOptions) => DocumentFragment;

/** Cleans pasted HTML to the same rules, as a string that is only ever converted to Markdown, never shown. */
export type HtmlSanitizer = (html: string) => string;

// Everything that can run code, submit, embed another page, restyle the app or fetch from the network.
const forbiddenTags = [
  'style',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'base',
  'meta',
  'link',
  'audio',
  'video',
  'source',
  'track',
  'picture',
  'dialog',
];
const forbiddenAttributes = ['style', 'srcset', 'background', 'poster', 'ping', 'action', 'formaction', 'download'];

const config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: forbiddenTags,
  FORBID_ATTR: forbiddenAttributes,
  SANITIZE_NAMED_PROPS: true,
  RETURN_DOM_FRAGMENT: true,
} satisfies Config;

// The sanitizer gives every id this prefix, so imported text cannot take the names of the page's own elements.
const idPrefix = 'user-content-';

/** Builds the renderer for one window (the app's own, or a test's jsdom window). */
export function createMarkdownRenderer(view: Window & typeof globalThis): MarkdownRenderer {
  const purify = purifierFor(view);
  const parsers = new Map<number, Marked>();
  return (source, options = {}) => {
    const offset = options.headingOffset ?? 0;
    let parser = parsers.get(offset);
    if (!parser) {
      parser = createParser(offset);
      parsers.set(offset, parser);
    }
    const fragment = purify.sanitize(parser.parse(source, { async: false }), config);
    pointAtPrefixedIds(fragment);
    return fragment;
  };
}

/** Builds the pasted-HTML cleaner for one window: the renderer's configuration, giving a string. */
export function createHtmlSanitizer(view: Window & typeof globalThis): HtmlSanitizer {
  const purify = purifierFor(view);
  return (html) => purify.sanitize(html, { ...config, RETURN_DOM_FRAGMENT: false });
}

// One DOMPurify per window: each instance makes its own Trusted Types policy, and the page allows one.
const purifiers = new WeakMap<Window, ReturnType<typeof DOMPurify>>();

/** The window's DOMPurify, with links restricted and images that would reach the network removed. */
function purifierFor(view: Window & typeof globalThis) {
  const known = purifiers.get(view);
  if (known) return known;
  const purify = DOMPurify(view);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') restrictLink(node);
    if (node.nodeName === 'IMG' && !isLocalImage(node.getAttribute('src'), view.location.href)) node.remove();
  });
  purifiers.set(view, purify);
  return purify;
}

/** Markdown with GFM and footnotes; headings pushed down by `offset` (a walkTokens passed to parse() would replace the footnotes' own). */
function createParser(offset: number): Marked {
  return new Marked({ gfm: true }, markedFootnote({ headingClass: 'visually-hidden' }), {
    walkTokens: (token) => shiftHeading(token, offset),
  });
}

/**
 * Points in-text links and ARIA references at the prefixed ids the sanitizer gave (footnote marks and their back
 * links); a `#name` no element of the text carries, such as a reference entry `#ref-3`, is left for the page.
 */
function pointAtPrefixedIds(fragment: DocumentFragment): void {
  const ids = new Set([...fragment.querySelectorAll('[id]')].map((element) => element.id));
  const prefixed = (name: string) => (ids.has(`${idPrefix}${name}`) ? `${idPrefix}${name}` : undefined);
  for (const link of fragment.querySelectorAll('a[href^="#"]')) {
    const target = prefixed(link.getAttribute('href')?.slice(1) ?? '');
    if (target) link.setAttribute('href', `#${target}`);
  }
  for (const attribute of ['aria-describedby', 'aria-labelledby']) {
    for (const element of fragment.querySelectorAll(`[${attribute}]`)) {
      const names = (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean);
      element.setAttribute(attribute, names.map((name) => prefixed(name) ?? name).join(' '));
    }
  }
}

let appRenderer: MarkdownRenderer | undefined;
let appSanitizer: HtmlSanitizer | undefined;

/** Renders Markdown for this window through the one sanitizer. */
export function renderMarkdown(markdown: string, options?: RenderOptions): DocumentFragment {
  appRenderer ??= createMarkdownRenderer(window);
  return appRenderer(markdown, options);
}

/** Cleans pasted HTML for this window through the one sanitizer, before it is turned into Markdown. */
export function sanitizePastedHtml(html: string): string {
  appSanitizer ??= createHtmlSanitizer(window);
  return appSanitizer(html);
}

function shiftHeading(token: Token, offset: number): void {
  if (token.type === 'heading' && 'depth' in token && typeof token.depth === 'number') {
    token.depth = Math.min(6, token.depth + offset);
  }
}

function restrictLink(link: Element): void {
  const href = link.getAttribute('href')?.trim() ?? '';
  link.removeAttribute('target');
  if (/^https?:\/\//i.test(href)) {
    link.setAttribute('target', '_blank');
  } else if (!href.startsWith('#')) {
    link.removeAttribute('href');
  }
  link.setAttribute('rel', 'noopener noreferrer');
}

/** Whether an image source stays on this machine: a data: image or a relative path on the page's own origin. */
function isLocalImage(src: string | null, pageUrl: string): boolean {
  const value = src?.trim() ?? '';
  if (/^data:image\//i.test(value)) return true;
  // A scheme, `//host` or a backslash (which browsers read as a slash) can leave the origin.
  if (value === '' || /^[a-z][a-z0-9+.-]*:/i.test(value) || /^[\\/]{2}/.test(value) || value.includes('\\')) {
    return false;
  }
  const page = new URL(pageUrl);
  const resolved = new URL(value, page);
  return resolved.protocol === page.protocol && resolved.host === page.host;
}
