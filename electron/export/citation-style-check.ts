import { createRequire } from 'node:module';
import { OffprintError } from '../model/offprint-error.ts';

const cslNamespace = 'http://purl.org/net/xbiblio/csl';

/**
 * Throws a one-line OffprintError unless the text is well-formed XML with a CSL `<style>` root that has a
 * bibliography layout (citeproc itself reads broken XML without complaint and formats nonsense).
 */
export function checkCslStyle(xml: string): void {
  const document = parseXml(xml);
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw styleError(describeParseError(error.textContent ?? ''));
  const root = document.documentElement;
  if (root.localName !== 'style') throw styleError(`its root element is <${root.localName}>, not <style>`);
  if (root.namespaceURI !== cslNamespace) throw styleError(`its <style> is not in the CSL namespace ${cslNamespace}`);
  const bibliography = [...root.children].find((child) => child.localName === 'bibliography');
  if (!bibliography) throw styleError('it has no <bibliography> section');
  if (![...bibliography.children].some((child) => child.localName === 'layout')) {
    throw styleError('its <bibliography> has no <layout>');
  }
}

/** The error for a CSL style that cannot be used, saying what was wrong with it. */
export function styleError(detail: string): OffprintError {
  const line = detail.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  return new OffprintError(
    'invalid-input',
    `The CSL style could not be read: ${line}; check the file is a CSL 1.0 style`,
  );
}

function parseXml(xml: string): Document {
  // Loaded on first use, synchronously: jsdom is slow to load and only a reader's own style needs it.
  const { JSDOM } = createRequire(import.meta.url)('jsdom') as typeof import('jsdom');
  const { DOMParser } = new JSDOM('').window;
  return new DOMParser().parseFromString(xml, 'application/xml');
}

/** jsdom says `1:12: unclosed tag: style`; a reader is better served by words. */
function describeParseError(message: string): string {
  const match = message.match(/^(\d+):(\d+): (.*)$/s);
  return match ? `line ${match[1]}, column ${match[2]}: ${match[3]}` : message || 'it is not well-formed XML';
}
