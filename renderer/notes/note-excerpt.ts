/** The longest excerpt a list entry shows, in characters. */
export const excerptLength = 200;

/** Cuts text to at most `length` characters at a word boundary where there is one, marking the cut with "…". */
export function truncateText(text: string, length = excerptLength): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * A plain-text excerpt of a Markdown note for a list: the words without the Markdown and HTML marks around them
 * (link targets, emphasis, headings, quotes, list bullets), cut to `length` characters.
 */
export function plainExcerpt(markdown: string, length = excerptLength): string {
  const text = markdown
    .replace(/^\s*(```|~~~).*$/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\](\([^)]*\)|\[[^\]]*\])/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
    .replace(/(\*\*|\*|~~|`)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|\W)(__|_)(?=\S)([\s\S]*?\S)\2(?!\w)/g, '$1$3');
  return truncateText(text, length);
}
