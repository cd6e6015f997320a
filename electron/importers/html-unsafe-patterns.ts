const unsafePatterns: Array<{ pattern: RegExp; what: string }> = [
  { pattern: /<script/i, what: 'a <script> tag' },
  { pattern: /\son\w+=/i, what: 'an inline event handler' },
  { pattern: /javascript:/i, what: 'a javascript: address' },
  { pattern: /vbscript:/i, what: 'a vbscript: address' },
  { pattern: /!\[[^\]]*\]\(\s*<?(?!offprint-asset:)/i, what: 'an image that is not a saved asset' },
  {
    pattern: /<(?:img|iframe|frame|video|audio|object|embed|link|source|style|svg|picture|base|meta)\b/i,
    what: 'an HTML element that loads something',
  },
  { pattern: /\bsrcset\s*=/i, what: 'a srcset attribute' },
  { pattern: /url\(/i, what: 'a CSS url()' },
];

/**
 * Names everything in stored Markdown that could run code or fetch a remote resource; [] when it is clean.
 * Code blocks and code spans are skipped: Markdown shows their content as text, so `<script>` there is an example.
 */
export function findUnsafeMarkup(markdown: string): string[] {
  const prose = markdown
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '')
    .replace(/(?<!\\)(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, '');
  return unsafePatterns.filter(({ pattern }) => pattern.test(prose)).map(({ what }) => what);
}

/** Names what in HTML rendered from stored Markdown would run code or load a remote resource; [] when it is clean. */
export function findRenderedHazards(html: string): string[] {
  const hazards: string[] = [];
  if (/<script/i.test(html)) hazards.push('a script element');
  if (/<[a-z][^>]*\son\w+\s*=/i.test(html)) hazards.push('an event handler attribute');
  if (/\b(?:href|src|action|formaction)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i.test(html)) {
    hazards.push('a script or data address');
  }
  if (
    /<(?:img|iframe|video|audio|object|embed|source|link|style)\b[^>]*\b(?:src|srcset|data|href)\s*=\s*["']?\s*(?:https?:)?\/\//i.test(
      html,
    )
  ) {
    hazards.push('a remote resource');
  }
  return hazards;
}
