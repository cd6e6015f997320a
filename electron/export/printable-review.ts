import { createMarkdownRenderer } from '../../renderer/markdown/render-markdown.ts';
import type { Review } from '../model/review.ts';

/** Typography for paper: the text, its header and its numbered references; nothing else is on the page. */
const printStyles = `
@page { size: A4; margin: 22mm 20mm; }
body { font: 11pt/1.5 Georgia, 'Times New Roman', serif; color: #000; background: #fff; margin: 0; }
header { margin-bottom: 1.5em; }
.series { font-variant: small-caps; letter-spacing: 0.04em; margin: 0; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0.2em 0 0.3em; }
.facts, .byline { margin: 0.2em 0; }
h2, h3, h4 { break-after: avoid; }
blockquote { margin: 0 0 0 1.2em; padding-left: 0.8em; border-left: 2px solid #888; }
img { max-width: 100%; }
table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 0.2em 0.4em; }
a { color: inherit; }
.references li { margin-bottom: 0.3em; break-inside: avoid; }
.references .address { word-break: break-all; }
`;

/**
 * A review as one self-contained HTML page for printing: its header, its body through the one sanitizer, and its
 * references. Every field is set as text; the page loads nothing (its policy allows only its own inline styles
 * and data: images), so printing it never reaches the network.
 */
export async function printableReview(review: Review): Promise<string> {
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url: 'https://offprint.invalid/' });
  try {
    const view = dom.window as unknown as Window & typeof globalThis;
    const document = view.document;
    const add = <K extends keyof HTMLElementTagNameMap>(parent: Element, tag: K, text?: string, className?: string) => {
      const element = document.createElement(tag);
      if (text !== undefined) element.textContent = text;
      if (className) element.className = className;
      parent.append(element);
      return element;
    };
    document.documentElement.lang = review.language ?? 'en';
    const meta = add(document.head, 'meta');
    meta.setAttribute('charset', 'utf-8');
    const policy = add(document.head, 'meta');
    policy.setAttribute('http-equiv', 'Content-Security-Policy');
    policy.setAttribute('content', "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    add(document.head, 'title', review.title);
    add(document.head, 'style', printStyles);

    const article = add(document.body, 'article');
    const header = add(article, 'header');
    const series = [review.series, review.issue && `#${review.issue}`].filter(Boolean).join(' ');
    if (series) add(header, 'p', series, 'series');
    add(header, 'h1', review.title);
    if (review.subtitle) add(header, 'p', review.subtitle, 'subtitle');
    if (review.authors.length > 0) {
      const names = review.authors.map((a) => (a.affiliation ? `${a.name}, ${a.affiliation}` : a.name));
      add(header, 'p', `By ${names.join('; ')}`, 'byline');
    }
    const facts = [review.publishedAt && `Published ${review.publishedAt}`, review.site, review.sourceUrl];
    const factLine = facts.filter(Boolean).join(' · ');
    if (factLine) add(header, 'p', factLine, 'facts');

    const body = add(article, 'section');
    body.append(createMarkdownRenderer(view)(review.body, { headingOffset: 1 }));

    if (review.references.length > 0) {
      const section = add(article, 'section', undefined, 'references');
      add(section, 'h2', 'References');
      const list = add(section, 'ol');
      for (const reference of review.references) {
        const item = add(list, 'li', reference.raw);
        if (reference.url && !reference.raw.includes(reference.url)) add(item, 'span', ` ${reference.url}`, 'address');
      }
    }
    return dom.serialize();
  } finally {
    dom.window.close();
  }
}
