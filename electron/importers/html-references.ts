import type { Reference } from '../model/review.ts';
import { parseReference } from '../references/reference-parser.ts';

const referenceHeading = /^(?:references?|sources?|bibliography|works cited|citations|reference list)$/i;

/** Takes a "References"/"Sources" heading and the list after it out of the article, and parses each entry. */
export function takeReferenceList(article: Element): Reference[] {
  const headings = [...article.querySelectorAll('h1, h2, h3, h4, h5, h6, p, dt')].filter((element) =>
    referenceHeading.test(headingText(element)),
  );
  for (const heading of headings.reverse()) {
    const anchor = outermostWrapper(heading, article);
    const list = listAfter(anchor);
    if (!list) continue;
    const references = [...list.list.children]
      .filter((item) => item.tagName === 'LI')
      .map(readEntry)
      .filter((reference): reference is Reference => reference !== undefined);
    if (references.length === 0) continue;
    anchor.remove();
    list.container.remove();
    return references;
  }
  return [];
}

/** The heading, or the wrapper that holds nothing but the heading (Wikipedia's `div.mw-heading`). */
function outermostWrapper(heading: Element, article: Element): Element {
  let anchor = heading;
  while (anchor.parentElement && anchor.parentElement !== article && anchor.parentElement.children.length === 1) {
    anchor = anchor.parentElement;
  }
  return anchor;
}

function listAfter(anchor: Element): { container: Element; list: Element } | undefined {
  const next = anchor.nextElementSibling;
  if (!next) return undefined;
  if (next.tagName === 'UL' || next.tagName === 'OL') return { container: next, list: next };
  const inner = next.querySelector('ol, ul');
  // A wrapper counts only when the list is all it shows.
  if (inner && normalise(inner.textContent ?? '') === normalise(next.textContent ?? '')) {
    return { container: next, list: inner };
  }
  return undefined;
}

function readEntry(item: Element): Reference | undefined {
  const textHolder = item.querySelector('.reference-text') ?? item;
  // Wikipedia starts each entry with back-links to the citing places: "^ a b".
  const text = normalise(textHolder.textContent ?? '').replace(/^\^\s*(?:[a-z]{1,2}\s+)*/, '');
  if (!text) return undefined;
  const reference = parseReference(text);
  if (!reference.raw) return undefined;
  if (!reference.url) {
    const links = [...textHolder.querySelectorAll('a[href]')]
      .map((link) => link.getAttribute('href') ?? '')
      .filter((href) => /^https?:\/\//i.test(href));
    if (links.length === 1 && links[0]) reference.url = links[0];
  }
  return reference;
}

/** The heading's words, without a trailing colon or a wiki's "[edit]" link. */
function headingText(element: Element): string {
  return normalise(element.textContent ?? '')
    .replace(/\s*\[edit\]$/i, '')
    .replace(/[:.]$/, '');
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
