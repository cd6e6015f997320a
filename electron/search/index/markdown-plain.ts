const replacements: [RegExp, string][] = [
  [/```[^\n]*\n?|~~~[^\n]*\n?/g, ' '],
  [/^ {0,3}\[[^\]\n]{1,200}\]:\s*\S+.*$/gm, ' '],
  [/!?\[((?:\\.|[^\\\]\n]){0,500})\]\([^()\s]{0,2000}(?:\s+"[^"\n]{0,500}")?\)/g, '$1'],
  [/!?\[((?:\\.|[^\\\]\n]){0,500})\]\[[^\]\n]{0,100}\]/g, '$1'],
  [/\[\^[^\]\s]{1,100}\]/g, ''],
  [/<([a-z][a-z0-9+.-]*:[^<>\s]*)>/gi, '$1'],
  [/<\/?[A-Za-z][^<>]*>/g, ' '],
  [/^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-+*][ \t]+|\d{1,9}[.)][ \t]+)+/gm, ''],
  [/^[ \t]*(?:[-*_][ \t]*){3,}$/gm, ' '],
  [/(?<!\\)(\*{1,3}|~~|`+)/g, ''],
  [/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, ''],
  [/\\([\\`*_{}[\]()#+\-.!<>~|])/g, '$1'],
  [/&amp;/g, '&'],
  [/\s{2,}|[^\S ]/g, ' '],
];

/** Markdown reduced to the words a reader sees: no link targets, emphasis marks, tags or line markers; one-spaced. */
export function plainText(markdown: string): string {
  let text = markdown;
  for (const [pattern, replacement] of replacements) text = text.replace(pattern, replacement);
  return text.trim();
}
