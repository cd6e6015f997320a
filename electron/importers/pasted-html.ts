import { convertToMarkdown } from './html-to-markdown.ts';

/**
 * Turns HTML a reader pasted into a note into Markdown, the way a page's article is turned on import: nothing that
 * runs, loads or submits survives, links keep only web and mail addresses, and text that looks like markup stays text.
 * Empty when the HTML holds no text.
 */
export async function convertPastedHtml(html: string): Promise<string> {
  // Loaded here, not at the top: jsdom takes most of a second to load, and most sessions paste no HTML.
  const { JSDOM, VirtualConsole } = await import('jsdom');
  // No address of its own: relative links in a clipboard fragment point nowhere, so they lose their link.
  const dom = new JSDOM(html, { url: 'https://offprint.invalid/', virtualConsole: new VirtualConsole() });
  try {
    return convertToMarkdown(dom.window.document.body);
  } finally {
    dom.window.close();
  }
}
