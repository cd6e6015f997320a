/** A stretch of a Markdown string, `[start, end)`, that plain-text edits must leave alone. */
export interface Span {
  start: number;
  end: number;
}

const lineStart = /^(\s*)(#{1,6}(?=\s|$)|>|[-+*](?=\s)|\d{1,9}[.)](?=\s|$)|={3,}\s*$|-{3,}\s*$)/;
const untouchable = [
  /```[\s\S]*?```|~~~[\s\S]*?~~~/g,
  /(`+)[^`]*?\1/g,
  /(?<!\\)!?\[(?:\\.|[^\\\]\n]){0,500}\]\([^()\s]{0,2000}(?:\s+"[^"\n]{0,500}")?\)/g,
  /(?<!\\)!?\[(?:\\.|[^\\\]\n]){0,500}\]\[[^\]\n]{0,100}\]/g,
  /\[\^[^\]\s]{1,100}\]:?/g,
  /<\/?[A-Za-z][^<>]*>|<[a-z][a-z0-9+.-]*:[^<>\s]*>/gi,
  /\\./g,
];

/** Escapes plain text so Markdown shows it as printed: no emphasis, links, HTML or list markers appear by accident. */
export function escapeMarkdownText(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const escaped = line
        .replace(/[\\`*[\]<]/g, '\\$&')
        .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
        .replace(/~~/g, '\\~\\~')
        .replace(/&(?=#?\w+;)/g, '&amp;');
      return escaped.replace(lineStart, (_found, indent: string, mark: string) => `${indent}${escapeMark(mark)}`);
    })
    .join('\n');
}

function escapeMark(mark: string): string {
  if (/^\d/.test(mark)) return mark.replace(/([.)])$/, '\\$1');
  if (mark.startsWith('\\')) return mark;
  return `\\${mark}`;
}

/** The spans of a Markdown string that are code, links, images, footnote marks, HTML tags or escapes, in order. */
export function untouchableSpans(markdown: string): Span[] {
  const covered = new Uint8Array(markdown.length);
  const spans: Span[] = [];
  for (const pattern of untouchable) {
    for (const found of markdown.matchAll(pattern)) {
      const span = { start: found.index, end: found.index + found[0].length };
      if (covered.subarray(span.start, span.end).includes(1)) continue;
      covered.fill(1, span.start, span.end);
      spans.push(span);
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** True when `[start, end)` overlaps one of the spans (sorted and not overlapping each other). */
export function overlapsAny(spans: Span[], start: number, end: number): boolean {
  const index = firstEndingAfter(spans, start);
  const span = spans[index];
  return span !== undefined && span.start < end;
}

/** The spans (sorted and not overlapping each other) that lie wholly inside `[start, end)`. */
export function spansWithin(spans: Span[], start: number, end: number): Span[] {
  const within: Span[] = [];
  for (let index = firstEndingAfter(spans, start); index < spans.length; index++) {
    const span = spans[index];
    if (!span || span.start >= end) break;
    if (span.start >= start && span.end <= end) within.push(span);
  }
  return within;
}

/** The index of the first span that ends after `position`. */
function firstEndingAfter(spans: Span[], position: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((spans[middle]?.end ?? 0) <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}
